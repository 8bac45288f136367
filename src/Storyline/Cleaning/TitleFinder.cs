using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// Finds the headline: the first line of the page that is not page-header furniture (weather, a date,
/// a breadcrumb, the outlet's own name). A title known from the source wins; the text's first real
/// line is then taken as the headline only when it says the same.
/// </summary>
internal sealed partial class TitleFinder(OutletCatalog outlets)
{
    /// <summary>Page headers are short; a headline further down than this is not one.</summary>
    private const int HeaderLines = 8;

    /// <summary>The index of the headline line in <paramref name="lines"/>, or null when the text has none.</summary>
    public int? Find(IReadOnlyList<SourceLine> lines, string? knownTitle)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (IsHeaderFurniture(lines[i].Text))
            {
                continue;
            }

            return knownTitle is null || SaysTheSame(lines[i].Text, knownTitle) ? i : null;
        }

        return null;
    }

    private bool IsHeaderFurniture(string line) =>
        BoilerplateRules.Match(line) is not null || CalendarDateParser.IsDateLine(line) || outlets.IsKnown(line);

    private static bool SaysTheSame(string line, string title)
    {
        var a = Normalise(line);
        var b = Normalise(title);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static string Normalise(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
