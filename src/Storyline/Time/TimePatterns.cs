using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Time;

/// <summary>
/// The shapes of English time expressions, one named alternative each, longest first so that
/// "December 4, 2021" wins over "December" and "two weeks ago" over "two weeks". Month and
/// weekday names must be capitalised ("may" is a verb); the other words match in any case.
/// </summary>
internal static partial class TimePatterns
{
    private const string MonthFull = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Month = MonthFull + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Count = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+couple\s+of|couple\s+of|a\s+few|few|several";
    private const string CountOrA = Count + "|an?";
    private const string Unit = @"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries";

    // The alternatives of one expression, in order of preference, split into groups with a regex each:
    // one regex over all of them compiles to a method so large that the JIT never optimises it.
    private const string Dates =
        @"(?<iso>\b(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})\b)"
        + @"|(?<mdy>\b(?<mdyM>" + Month + @")\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdyY>\d{4})\b)?)"
        + @"|(?<dmy>\b(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmyM>" + Month + @")\b(?:,?\s+(?<dmyY>\d{4})\b)?)"
        + @"|(?<wd>\b(?:(?<wdDir>(?i:last|next|this|coming|past|previous))\s+)?(?<wdName>" + Weekday + @")\b(?:\s+(?<wdPart>(?i:morning|afternoon|evening|night)))?)";

    private const string MonthsAndShifts =
        @"(?<mon>\b(?:(?<monMod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?(?:(?<monDir>(?i:last|next|this|coming|past))\s+)?(?<monName>" + MonthFull + @")\b(?:,?\s+(?:of\s+)?(?<monY>\d{4})\b)?)"
        + @"|(?<ago>\b(?<agoN>(?i:" + CountOrA + @"))\s+(?<agoU>(?i:" + Unit + @"))\s+(?i:ago|earlier)\b)"
        + @"|(?<in>\b(?i:in)\s+(?<inN>(?i:" + CountOrA + @"))\s+(?<inU>(?i:" + Unit + @"))\b(?!\s+(?i:of|ago)\b))";

    private const string Periods =
        @"(?<span>\b(?:(?i:the)\s+)?(?<spanDir>(?i:past|last|next|coming|previous|following))\s+(?<spanN>(?i:" + Count + @"))\s+(?<spanU>(?i:" + Unit + @"))\b)"
        + @"|(?<rel>\b(?<relThe>(?i:the)\s+)?(?<relDir>(?i:last|next|this|coming|past|previous|current))\s+(?<relU>(?i:week|weekend|month|year|decade|century))\b)"
        + @"|(?<recent>\b(?<recentDir>(?i:recent|coming))\s+(?<recentU>(?i:days|weeks|months|years|decades))\b)"
        + @"|(?<dur>(?:\b(?<durN>(?i:" + Count + @"))|(?<=\b(?i:for|within|after|over|about|nearly|almost)\s+)(?<durN>(?i:an?)))[\s-]+(?<durU>(?i:" + Unit + @"))\b(?![\s-]+(?i:old)\b))";

    private const string Others =
        @"(?<deictic>\b(?i:yesterday|today|tomorrow|tonight|last\s+night|nowadays|now|currently|at\s+present|recently|this\s+(?:morning|afternoon|evening))\b)"
        + @"|(?<set>\b(?:(?i:(?:every|each)\s+(?:(?<setN>" + Count + @")\s+)?(?<setU>" + Unit + @"))|daily|weekly|monthly|annually|yearly)\b)"
        + @"|(?<clock>\b(?<clockH>\d{1,2})(?::(?<clockM>\d{2}))?\s*(?<clockHalf>(?i:a\.m\.|p\.m\.|am\b|pm\b)))"
        + @"|(?<decade>\b(?:(?i:the)\s+)?(?<decadeDigits>1[89]\d|20\d)0['’]?s\b)"
        + @"|(?<year>(?<![\d,.$€£-])\b(?<yearDigits>1[89]\d\d|20\d\d)\b(?![,.]\d|-\d|%))";

    private const RegexOptions ExpressionOptions = RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    /// <summary>The expressions that start exactly where matching starts (<c>\G</c>), in order of
    /// preference: the first group that matches gives the expression. The resolver tries them only at
    /// words in <see cref="StartWords"/> and at numerals, which is many times faster than letting the
    /// engine try every alternative at every character.</summary>
    public static IReadOnlyList<Regex> ExpressionsAt { get; } = [DatesAt(), MonthsAndShiftsAt(), PeriodsAt(), OthersAt()];

    [GeneratedRegex(@"\G(?:" + Dates + ")", ExpressionOptions)]
    private static partial Regex DatesAt();

    [GeneratedRegex(@"\G(?:" + MonthsAndShifts + ")", ExpressionOptions)]
    private static partial Regex MonthsAndShiftsAt();

    [GeneratedRegex(@"\G(?:" + Periods + ")", ExpressionOptions)]
    private static partial Regex PeriodsAt();

    [GeneratedRegex(@"\G(?:" + Others + ")", ExpressionOptions)]
    private static partial Regex OthersAt();

    /// <summary>Every word an expression of <see cref="ExpressionsAt"/> can start with, in any case.</summary>
    public static readonly FrozenSet<string> StartWords = FrozenSet.ToFrozenSet(
        [.. (MonthFull + "|" + Month + "|" + Weekday).Split('|'),
         "last", "next", "this", "coming", "past", "previous", "current", "following", "recent", "early", "mid", "late",
         "the", "in", "a", "an", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "yesterday",
         "today", "tomorrow", "tonight", "nowadays", "now", "currently", "at", "recently", "one", "two", "three",
         "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
         "forty", "fifty", "couple", "few", "several"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();

    /// <summary>Words before an expression, in its sentence, that put it in the future:
    /// "will meet on Monday", "is due to sign next month".</summary>
    [GeneratedRegex(@"\b(?:will|shall|would|going\s+to|due\s+to|is\s+to|are\s+to|set\s+to|scheduled|expected\s+to|plans?\s+to|planned)\b|['’]ll\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FutureMarker();

    /// <summary>Verbs of saying that, standing between a future marker and an expression, make the
    /// expression the time of the saying: "Talks will go on, he said on Monday".</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|stated|added|wrote|tweeted|declared|insisted|warned|noted|confirmed|claimed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ReportingVerb();
}
