namespace Storyline.Dossiers;

/// <summary>Settings of the dossier of a story.</summary>
/// <param name="SummarySentences">How many sentences the summary holds at most.</param>
/// <param name="CandidateSentencesPerArticle">How many leading sentences of each article may enter the summary:
/// news writing puts what matters first, and the bound keeps a story of thousands of articles cheap.</param>
/// <param name="RedundancyLimit">A sentence whose content words are this share or more of an already chosen
/// sentence's words repeats it and is skipped.</param>
public sealed record DossierOptions(
    int SummarySentences = 5,
    int CandidateSentencesPerArticle = 12,
    double RedundancyLimit = 0.5)
{
    public static DossierOptions Default { get; } = new();
}
