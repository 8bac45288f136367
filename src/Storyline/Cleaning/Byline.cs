using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>An author line under the headline ("By Jane Doe", "By Jane Doe, Reuters").</summary>
internal sealed partial record Byline(string Author, string? Outlet)
{
    public static Byline? Parse(string line, OutletCatalog outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        var match = BylinePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"];
        return new Byline(match.Groups["name"].Value, rest.Success ? outlets.Canonical(rest.Value) : null);
    }

    public static bool IsByline(string line) => BylinePattern().IsMatch(line);

    [GeneratedRegex(@"^by\s+(?<name>\p{Lu}[\p{L}\p{M}'.-]+(?:\s+\p{Lu}[\p{L}\p{M}'.-]+){1,3})(?:\s*(?:,|\||—|–|-|/)\s*(?<rest>[^,|]{2,40}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();
}
