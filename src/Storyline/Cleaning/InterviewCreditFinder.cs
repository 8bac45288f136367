using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// Finds a wire agency that the article's sources spoke to ("Kuleba also told AFP", "in an interview
/// with Reuters"): the interview is the agency's reporting, so a page that carries it carries the
/// agency's copy and credits it. Broadcasters and papers are left out on purpose: "told CNN" in
/// another outlet's report cites CNN's programme, it does not republish CNN.
/// </summary>
internal static partial class InterviewCreditFinder
{
    public static IEnumerable<string> Find(IEnumerable<string> paragraphs, OutletCatalog outlets)
    {
        foreach (var paragraph in paragraphs)
        {
            foreach (Match match in InterviewedBy().Matches(paragraph))
            {
                var name = match.Groups["outlet"].Value;
                if (outlets.IsWireAgency(name))
                {
                    yield return outlets.Canonical(name)!;
                }
            }
        }
    }

    [GeneratedRegex(
        @"\b(?:told|telling|said to|speaking to|in an interview with|in comments to)\s+(?:the\s+)?(?<outlet>[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*){0,3})",
        RegexOptions.CultureInvariant)]
    private static partial Regex InterviewedBy();
}
