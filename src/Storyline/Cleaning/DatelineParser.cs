using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Reference;

namespace Storyline.Cleaning;

/// <summary>
/// Recognises dateline credits at the start of a line and names their place (canonical, through the
/// gazetteer) and their outlet (canonical, through the outlet catalog). A credit needs a separator or
/// brackets in the places wire copy puts them, so a sentence that merely names an agency
/// ("Kuleba also told AFP") is never one.
/// </summary>
internal sealed partial class DatelineParser(PlaceGazetteer places, OutletCatalog outlets)
{
    /// <summary>All-caps datelines shorter than this are too easily acronyms ("NATO —").</summary>
    private const int MinUnknownCapsPlaceLength = 5;

    public DatelineCredit? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ParsePlaceAndOutlet(line) ?? ParseCapsPlace(line) ?? ParseBracketedPlace(line) ?? ParsePlaceDashOutlet(line);
    }

    /// <summary>"Kiev, Ucrania (CNN) — ", "WASHINGTON, Dec 3 (Reuters) - ".</summary>
    private DatelineCredit? ParsePlaceAndOutlet(string line)
    {
        var match = PlaceThenOutlet().Match(line);
        if (!match.Success)
        {
            return null;
        }

        // A known agency makes the credit; an unknown name in brackets needs a known or upper-case place.
        var writtenPlace = match.Groups["place"].Value.Trim();
        var writtenOutlet = match.Groups["outlet"].Value.Trim();
        var knownOutlet = outlets.Canonical(writtenOutlet);
        var place = ResolvePlace(writtenPlace, match.Groups["region"].Value);
        var capsPlace = IsAllCaps(writtenPlace) && writtenPlace.Length >= MinUnknownCapsPlaceLength;
        if (knownOutlet is null && (!char.IsUpper(writtenOutlet[0]) || (place is null && !capsPlace)))
        {
            return null;
        }

        place ??= capsPlace ? TitleCase(writtenPlace) : writtenPlace;
        return WithDate(new DatelineCredit(place, knownOutlet ?? writtenOutlet, null, null, match.Length), match.Groups["date"]);
    }

    /// <summary>"WASHINGTON — ", "KYIV, Ukraine, Dec 3 — ".</summary>
    private DatelineCredit? ParseCapsPlace(string line)
    {
        var match = CapsPlaceThenDash().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var written = match.Groups["place"].Value.Trim();
        var place = ResolvePlace(written, match.Groups["region"].Value);
        if (place is null && (written.Length < MinUnknownCapsPlaceLength || outlets.IsKnown(written)))
        {
            return null;
        }

        return WithDate(new DatelineCredit(place ?? TitleCase(written), null, null, null, match.Length), match.Groups["date"]);
    }

    /// <summary>"(Moscow) Russia ruled out ..." and the outlet-only "(Reuters) - ".</summary>
    private DatelineCredit? ParseBracketedPlace(string line)
    {
        var match = BracketedOpening().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var inside = match.Groups["inside"].Value;
        var place = places.Canonical(inside);
        if (place is not null)
        {
            return new DatelineCredit(place, null, null, null, match.Length);
        }

        var outlet = outlets.Canonical(inside);
        return outlet is null ? null : new DatelineCredit(null, outlet, null, null, match.Length);
    }

    /// <summary>"Geneva – AFP" as a line of its own.</summary>
    private DatelineCredit? ParsePlaceDashOutlet(string line)
    {
        var match = PlaceDashOutletLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        // A whole line of a name, a dash and a known agency is a credit whether or not the gazetteer
        // knows the place.
        var outlet = outlets.Canonical(match.Groups["outlet"].Value);
        var written = match.Groups["place"].Value.Trim();
        var place = ResolvePlace(written, match.Groups["region"].Value) ?? (IsAllCaps(written) ? TitleCase(written) : written);
        return outlet is null ? null : new DatelineCredit(place, outlet, null, null, match.Length);
    }

    private string? ResolvePlace(string place, string region) =>
        places.Canonical(place.Trim()) ?? (region.Length > 0 ? places.Canonical($"{place.Trim()}, {region.Trim()}") : null);

    private static DatelineCredit WithDate(DatelineCredit credit, Group date) =>
        date.Success && CalendarDateParser.TryParseMonthDay(date.Value, out var month, out var day)
            ? credit with { Month = month, Day = day }
            : credit;

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.Trim().ToLowerInvariant());

    private const string PlaceWords = @"\p{Lu}[\p{L}\p{M}'.-]*(?:\s+\p{Lu}[\p{L}\p{M}'.-]*){0,3}";
    private const string CapsWords = @"\p{Lu}[\p{Lu}\p{M}'.-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'.-]+){0,3}";
    private const string MonthDay = @"\p{L}{3,9}\.?\s+\d{1,2}";
    private const string Dash = @"(?:—|–|--?)";

    [GeneratedRegex(@"^(?<place>" + PlaceWords + @")(?:,\s*(?<region>" + PlaceWords + @"))?(?:,\s*(?<date>" + MonthDay + @"))?\s*\((?<outlet>[^()]{2,40})\)\s*(?:" + Dash + @"\s*|$)")]
    private static partial Regex PlaceThenOutlet();

    [GeneratedRegex(@"^(?<place>" + CapsWords + @")(?:,\s*(?<region>" + PlaceWords + @"))?(?:,\s*(?<date>" + MonthDay + @"))?\s+" + Dash + @"(?:\s+|$)")]
    private static partial Regex CapsPlaceThenDash();

    [GeneratedRegex(@"^\((?<inside>[^()]{2,40})\)(?:\s*" + Dash + @")?(?:\s+|$)")]
    private static partial Regex BracketedOpening();

    [GeneratedRegex(@"^(?<place>" + PlaceWords + @")(?:,\s*(?<region>" + PlaceWords + @"))?\s*" + Dash + @"\s*(?<outlet>[\p{L}/ -]{2,40})$")]
    private static partial Regex PlaceDashOutletLine();
}
