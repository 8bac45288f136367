using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Time;

/// <summary>
/// Finds time expressions in an article and resolves them against its publication date.
/// <list type="bullet">
/// <item>A bare weekday ("on Friday") is the closest such day on or before publication — news
/// reports what happened — unless a future marker (will, would, due to, is to, set to, scheduled,
/// expected to, plans to) precedes it in its sentence with no verb of saying in between ("Talks
/// will go on, he said on Monday" is past), when it is the closest on or after publication. "last Friday" is strictly before, "next Friday" strictly after, "this Friday" in
/// the week of publication.</item>
/// <item>A month or a month and day without a year ("late January", "Dec. 4") is the latest such
/// month or day on or before publication, unless the next one comes within three months after it
/// (reports look back, but also announce what is near: "late January" written in December is the
/// coming January); after a future marker it is the first on or after publication. "early", "mid"
/// and "late" give the TimeML mod START, MID or END; the value stays the month ("2022-01").</item>
/// <item>"last/this/next week|month|year" are the ISO week, month or year before, of or after
/// publication; "the past week", "the past few weeks" and "two weeks" are durations ("P1W", "PXW",
/// "P2W"); "in two weeks" and "two weeks ago" are dates, at the granularity of their unit.</item>
/// <item>"now", "currently" are PRESENT_REF; "recently" PAST_REF; a vague count ("a few weeks ago")
/// PAST_REF or FUTURE_REF.</item>
/// <item>Anything that needs the publication date has a null value when the article has none.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public static class TimeExpressionResolver
{
    /// <summary>A bare month or day at most this many months after publication is read as the coming one.</summary>
    private const int NearFutureMonths = 3;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".;!?\n");

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<TimeExpression> Resolve(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expressions = new List<TimeExpression>();
        var startWords = TimePatterns.StartWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var wordEnd = i + 1;
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd]) && char.IsLetter(text[i]))
                {
                    wordEnd++;
                }

                if ((char.IsDigit(text[i]) || startWords.Contains(text.AsSpan(i, wordEnd - i)))
                    && ExpressionAt(text, i) is { Success: true, Length: > 0 } match)
                {
                    if (new MatchContext(text, match, published).Resolve() is { } expression)
                    {
                        expressions.Add(expression);
                    }

                    wordEnd = match.Index + match.Length;
                }
            }

            i = wordEnd;
        }

        return expressions;
    }

    /// <summary>The first expression group that matches at <paramref name="start"/>, or an unsuccessful match.</summary>
    private static Match ExpressionAt(string text, int start)
    {
        var match = Match.Empty;
        var groups = TimePatterns.ExpressionsAt;
        for (var g = 0; g < groups.Count; g++)
        {
            match = groups[g].Match(text, start);
            if (match.Success)
            {
                break;
            }
        }

        return match;
    }

    private readonly record struct Resolved(TimeType Type, string? Value, string? Mod = null);

    /// <summary>One match of <see cref="TimePatterns.ExpressionsAt"/> and what it needs to be resolved.</summary>
    private readonly struct MatchContext(string text, Match match, DateOnly? published)
    {
        public TimeExpression? Resolve()
        {
            Resolved? resolved =
                Has("iso") ? IsoDate()
                : Has("mdy") ? MonthDay("mdyM", "mdyD", "mdyY")
                : Has("dmy") ? MonthDay("dmyM", "dmyD", "dmyY")
                : Has("wd") ? Weekday()
                : Has("mon") ? MonthName()
                : Has("ago") ? Shifted("agoN", "agoU", -1)
                : Has("in") ? Shifted("inN", "inU", 1)
                : Has("span") ? new Resolved(TimeType.Duration, Duration(Group("spanN"), Group("spanU")))
                : Has("rel") ? Relative()
                : Has("recent") ? new Resolved(TimeType.Duration, Duration("few", Group("recentU")))
                : Has("dur") ? new Resolved(TimeType.Duration, Duration(Group("durN"), Group("durU")))
                : Has("deictic") ? Deictic()
                : Has("set") ? Set()
                : Has("clock") ? Clock()
                : Has("decade") ? new Resolved(TimeType.Date, Group("decadeDigits"))
                : Has("year") ? new Resolved(TimeType.Date, Group("yearDigits"))
                : null;
            if (resolved is not { } found)
            {
                return null;
            }

            var span = new TextSpan(match.Index, match.Length);
            return new TimeExpression(match.Value, found.Type, found.Value, found.Mod, span);
        }

        private bool Has(string group) => match.Groups[group].Success;

        private string Group(string group) => match.Groups[group].Value;

        private string? Lower(string group) => Has(group) ? TimePatterns.Whitespace().Replace(Group(group).ToLowerInvariant(), " ") : null;

        /// <summary>Whether a future marker precedes the expression in its sentence with no verb of
        /// saying in between.</summary>
        private bool IsFuture
        {
            get
            {
                var sentenceStart = text.AsSpan(0, match.Index).LastIndexOfAny(SentenceEnds) + 1;
                var before = text.AsSpan(sentenceStart, match.Index - sentenceStart);
                var markerEnd = -1;
                foreach (var marker in TimePatterns.FutureMarker().EnumerateMatches(before))
                {
                    markerEnd = marker.Index + marker.Length;
                }

                return markerEnd >= 0 && !TimePatterns.ReportingVerb().IsMatch(before[markerEnd..]);
            }
        }

        private Resolved? IsoDate()
        {
            return DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new Resolved(TimeType.Date, Day(date))
                : null;
        }

        private Resolved? MonthDay(string monthGroup, string dayGroup, string yearGroup)
        {
            var month = MonthNumber(Group(monthGroup));
            var day = int.Parse(Group(dayGroup), CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                return null;
            }

            if (Has(yearGroup))
            {
                var year = int.Parse(Group(yearGroup), CultureInfo.InvariantCulture);
                return day <= DateTime.DaysInMonth(year, month) ? new Resolved(TimeType.Date, Day(new DateOnly(year, month, day))) : null;
            }

            if (published is not { } pub)
            {
                return new Resolved(TimeType.Date, null);
            }

            var future = IsFuture;
            DateOnly? before = null;
            DateOnly? after = null;
            for (var year = pub.Year - 1; year <= pub.Year + 1; year++)
            {
                if (day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var candidate = new DateOnly(year, month, day);
                if (candidate < pub || (!future && candidate == pub))
                {
                    before = candidate;
                }
                else
                {
                    after ??= candidate;
                }
            }

            var chosen = future || (after is { } next && next <= pub.AddMonths(NearFutureMonths)) ? after : before;
            return new Resolved(TimeType.Date, chosen is { } date ? Day(date) : null);
        }

        private Resolved Weekday()
        {
            var part = Lower("wdPart");
            var type = part is null ? TimeType.Date : TimeType.Time;
            if (published is not { } pub)
            {
                return new Resolved(type, null);
            }

            var target = Enum.Parse<DayOfWeek>(Group("wdName"));
            var back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
            var ahead = ((int)target - (int)pub.DayOfWeek + 7) % 7;
            var date = Lower("wdDir") switch
            {
                "last" or "past" or "previous" => pub.AddDays(back == 0 ? -7 : -back),
                "next" or "coming" => pub.AddDays(ahead == 0 ? 7 : ahead),
                "this" => pub.AddDays(((int)target + 6) % 7 - ((int)pub.DayOfWeek + 6) % 7),
                _ => IsFuture ? pub.AddDays(ahead) : pub.AddDays(-back),
            };
            return new Resolved(type, Day(date) + PartOfDay(part));
        }

        private Resolved MonthName()
        {
            var month = MonthNumber(Group("monName"));
            var mod = Lower("monMod") switch
            {
                null => null,
                "early" or "the beginning of" or "the start of" => "START",
                "mid" or "the middle of" => "MID",
                _ => "END",
            };
            if (Has("monY"))
            {
                return new Resolved(TimeType.Date, $"{Group("monY")}-{month:00}", mod);
            }

            if (published is not { } pub)
            {
                return new Resolved(TimeType.Date, null, mod);
            }

            var offset = month - pub.Month;
            offset = Lower("monDir") switch
            {
                "last" or "past" => offset >= 0 ? offset - 12 : offset,
                "next" or "coming" => offset <= 0 ? offset + 12 : offset,
                "this" => offset,
                _ when IsFuture => offset < 0 ? offset + 12 : offset,
                _ when offset > NearFutureMonths => offset - 12,
                _ when offset + 12 <= NearFutureMonths => offset + 12,
                _ => offset,
            };
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(offset);
            return new Resolved(TimeType.Date, Month(first), mod);
        }

        /// <summary>"two weeks ago" (<paramref name="sign"/> −1), "in two weeks" (+1): the publication
        /// date moved by the count, at the granularity of the unit.</summary>
        private Resolved Shifted(string countGroup, string unitGroup, int sign)
        {
            var unit = UnitName(Group(unitGroup));
            var count = CountValue(Group(countGroup));
            if (count is null)
            {
                return new Resolved(TimeType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }

            if (published is not { } pub)
            {
                return new Resolved(TimeType.Date, null);
            }

            var n = count.Value * sign;
            var value = unit switch
            {
                "day" => Day(pub.AddDays(n)),
                "week" => Week(pub.AddDays(7 * n)),
                "fortnight" => Week(pub.AddDays(14 * n)),
                "month" => Month(pub.AddMonths(n)),
                "year" => Year(pub.AddYears(n)),
                "decade" => Year(pub.AddYears(10 * n))[..3],
                "century" => Year(pub.AddYears(100 * n))[..2],
                _ => Day(pub),
            };
            return new Resolved(TimeType.Date, value);
        }

        private Resolved Relative()
        {
            var direction = Lower("relDir");
            var unit = Lower("relU")!;
            if (unit != "weekend" && (direction is "past" || (Has("relThe") && direction is "last")))
            {
                return new Resolved(TimeType.Duration, Duration("1", unit));
            }

            if (published is not { } pub)
            {
                return new Resolved(TimeType.Date, null);
            }

            var step = direction switch
            {
                "last" or "previous" or "past" => -1,
                "next" or "coming" => 1,
                _ => 0,
            };
            var value = unit switch
            {
                "week" => Week(pub.AddDays(7 * step)),
                "weekend" => Week(pub.AddDays(7 * step)) + "-WE",
                "month" => Month(pub.AddMonths(step)),
                "year" => Year(pub.AddYears(step)),
                "decade" => Year(pub.AddYears(10 * step))[..3],
                _ => Year(pub.AddYears(100 * step))[..2],
            };
            return new Resolved(TimeType.Date, value);
        }

        private Resolved Deictic()
        {
            var word = Lower("deictic")!;
            if (word is "now" or "currently" or "nowadays" or "at present")
            {
                return new Resolved(TimeType.Date, "PRESENT_REF");
            }

            if (word == "recently")
            {
                return new Resolved(TimeType.Date, "PAST_REF");
            }

            var part = word switch
            {
                "tonight" or "last night" => "night",
                "this morning" => "morning",
                "this afternoon" => "afternoon",
                "this evening" => "evening",
                _ => null,
            };
            var type = part is null ? TimeType.Date : TimeType.Time;
            if (published is not { } pub)
            {
                return new Resolved(type, null);
            }

            var date = word switch
            {
                "yesterday" or "last night" => pub.AddDays(-1),
                "tomorrow" => pub.AddDays(1),
                _ => pub,
            };
            return new Resolved(type, Day(date) + PartOfDay(part));
        }

        private Resolved Set()
        {
            if (Has("setU"))
            {
                return new Resolved(TimeType.Set, Duration(Has("setN") ? Group("setN") : "1", Group("setU")));
            }

            var value = Lower("set") switch
            {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                _ => "P1Y",
            };
            return new Resolved(TimeType.Set, value);
        }

        /// <summary>"8:30 p.m.": a time of the publication day, the best guess without a day named.</summary>
        private Resolved? Clock()
        {
            var hour = int.Parse(Group("clockH"), CultureInfo.InvariantCulture);
            var minute = Has("clockM") ? int.Parse(Group("clockM"), CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                return null;
            }

            var afternoon = Lower("clockHalf")!.StartsWith('p');
            var clock = $"T{(hour % 12) + (afternoon ? 12 : 0):00}:{minute:00}";
            return new Resolved(TimeType.Time, published is { } pub ? Day(pub) + clock : null);
        }

        private static string Duration(string count, string unitWritten)
        {
            var unit = UnitName(unitWritten);
            var n = CountValue(count);
            var amount = n?.ToString(CultureInfo.InvariantCulture) ?? "X";
            return unit switch
            {
                "second" => $"PT{amount}S",
                "minute" => $"PT{amount}M",
                "hour" => $"PT{amount}H",
                "day" => $"P{amount}D",
                "week" => $"P{amount}W",
                "fortnight" => n is { } weeks ? $"P{weeks * 2}W" : "PXW",
                "month" => $"P{amount}M",
                "year" => $"P{amount}Y",
                "decade" => $"P{amount}DE",
                "century" => $"P{amount}CE",
                _ => $"P{amount}WE",
            };
        }

        private static string UnitName(string written)
        {
            var unit = written.ToLowerInvariant();
            return unit switch
            {
                "centuries" => "century",
                _ when unit.EndsWith('s') => unit[..^1],
                _ => unit,
            };
        }

        /// <summary>The number a count word stands for; null for "few" and "several".</summary>
        private static int? CountValue(string written)
        {
            var count = TimePatterns.Whitespace().Replace(written.ToLowerInvariant(), " ");
            if (int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            {
                return digits;
            }

            return count switch
            {
                "a" or "an" or "one" => 1,
                "two" or "a couple of" or "couple of" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                "eleven" => 11,
                "twelve" => 12,
                "fifteen" => 15,
                "twenty" => 20,
                "thirty" => 30,
                "forty" => 40,
                "fifty" => 50,
                _ => null,
            };
        }

        private static int MonthNumber(string name) =>
            Array.IndexOf(MonthPrefixes, name[..3].ToLowerInvariant()) + 1;

        private static string PartOfDay(string? part) => part switch
        {
            "morning" => "TMO",
            "afternoon" => "TAF",
            "evening" => "TEV",
            "night" => "TNI",
            _ => string.Empty,
        };

        private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        private static string Year(DateOnly date) => date.Year.ToString("0000", CultureInfo.InvariantCulture);

        private static string Week(DateOnly date)
        {
            var day = date.ToDateTime(TimeOnly.MinValue);
            return $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}";
        }
    }
}
