using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// Recognises a credit closing the body: "... separatists. — Euronews", a last line "— AFP" or
/// "With Reuters". Only known outlets count, so a sentence ending on a dash and a name is left alone.
/// </summary>
internal sealed partial class TrailingCreditParser(OutletCatalog outlets)
{
    /// <summary>The outlet credited and where the credit starts in <paramref name="line"/>, or null.</summary>
    public (string Outlet, int Start)? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = DashCredit().Match(line);
        if (!match.Success)
        {
            match = WithCredit().Match(line);
        }

        if (!match.Success)
        {
            return null;
        }

        var outlet = outlets.Canonical(match.Groups["outlet"].Value);
        return outlet is null ? null : (outlet, match.Index);
    }

    [GeneratedRegex(@"(?:^|\s+)(?:—|–|--?)\s*(?:with\s+)?(?<outlet>[\p{L}/][\p{L}\p{N}/ .'-]{1,39}?)\s*$")]
    private static partial Regex DashCredit();

    [GeneratedRegex(@"^(?:with|additional reporting by)\s+(?<outlet>[\p{L}/][\p{L}\p{N}/ .'-]{1,39}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithCredit();
}
