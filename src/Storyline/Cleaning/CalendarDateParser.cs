using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// Reads lines that hold nothing but a date ("December 04, 2021", "Friday, December 9, 2022",
/// "Published: 3 Dec 2021 10:15 GMT", "2021-12-04"), and month-day pairs ("Dec 3") of datelines.
/// </summary>
internal static partial class CalendarDateParser
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    public static bool IsDateLine(string line) => TryParse(line, out _);

    /// <summary>Parses a line made only of a date (with an optional weekday, label and time of day).</summary>
    public static bool TryParse(string line, out DateOnly date)
    {
        date = default;
        var match = DateOnlyLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(match.Groups["iso"].Value, "yyyy-MM-dd", out date);
        }

        var monthText = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        var yearText = match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value;
        return TryMonth(monthText, out var month)
            && TryCreate(int.Parse(yearText), month, int.Parse(dayText), out date);
    }

    /// <summary>Parses "Dec 3", "December 3" or "3 December" into a month and a day.</summary>
    public static bool TryParseMonthDay(string text, out int month, out int day)
    {
        month = day = 0;
        var match = MonthDay().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var monthText = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        day = int.Parse(dayText);
        return TryMonth(monthText, out month) && day is >= 1 and <= 31;
    }

    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryMonth(string text, out int month)
    {
        var name = text.TrimEnd('.').ToLowerInvariant();
        month = 0;
        if (name.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            // "Sept" is the one common abbreviation longer than three letters.
            if (MonthNames[i].StartsWith(name, StringComparison.Ordinal) || (i == 8 && name == "sept"))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    [GeneratedRegex(
        @"^(?:(?:published|updated|posted|last updated)(?:\s+on)?\s*:?\s*)?" +
        @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" +
        @"(?:(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})" +
        @"|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @"),?\s+(?<y2>\d{4})" +
        @"|(?<iso>\d{4}-\d{2}-\d{2}))" +
        @"(?:(?:\s*[,|·–-]\s*|\s+(?:at\s+)?)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(
        @"^(?:(?<m1>" + Month + @")\s+(?<d1>\d{1,2})|(?<d2>\d{1,2})\s+(?<m2>" + Month + @"))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();
}
