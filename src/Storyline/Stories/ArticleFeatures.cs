namespace Storyline.Stories;

/// <summary>
/// What the clustering stages compare, read once from a <see cref="ClusterInput"/>.
/// </summary>
/// <param name="Words">Every word of title and body, lowercased, in order; the material for shingles.</param>
/// <param name="TitleTerms">Stemmed content terms of the title with their counts.</param>
/// <param name="BodyTerms">Stemmed content terms of the body with their counts.</param>
/// <param name="NameKeys">Who and where the article names: entity keys when given, otherwise capitalised words.</param>
/// <param name="Protagonists">The term of the last word of each name (not place) the article uses more than once, most used first: whom and what it is about.</param>
/// <param name="Emphasised">How many of the first <paramref name="Protagonists"/> the article uses so often that it makes much of them.</param>
/// <param name="QuoteTerms">The content terms of each quote.</param>
/// <param name="Figures">Distinct numeric values stated.</param>
/// <param name="SentenceTerms">The content terms of each body sentence, in order.</param>
internal sealed record ArticleFeatures(
    IReadOnlyList<string> Words,
    IReadOnlyDictionary<string, int> TitleTerms,
    IReadOnlyDictionary<string, int> BodyTerms,
    IReadOnlySet<string> NameKeys,
    IReadOnlyList<string> Protagonists,
    int Emphasised,
    IReadOnlyList<IReadOnlySet<string>> QuoteTerms,
    IReadOnlySet<double> Figures,
    IReadOnlyList<IReadOnlySet<string>> SentenceTerms);
