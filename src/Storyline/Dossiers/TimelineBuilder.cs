using System.Globalization;
using Storyline.Export;
using Storyline.Text;

namespace Storyline.Dossiers;

/// <summary>
/// One dated entry per event of a story. The date is the earliest day the event's articles point
/// to: their publication dates and the days their DATE expressions resolve to, a day expression
/// counting only in the week before an article's publication (the happening it reports, "on Friday"),
/// not history or plans. An event none of whose articles is dated takes the day its expressions name
/// most often. The text is the lead sentence of the event's earliest article. Entries run by date,
/// undated ones last in the order their events appear.
/// </summary>
internal static class TimelineBuilder
{
    private const int ReportingWindowDays = 7;

    public static IReadOnlyList<TimelineEntryRecord> Build(StoryArticles story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return [.. story.InOrder
            .GroupBy(a => a.Event, StringComparer.Ordinal)
            .Select((e, order) => (Entry: EntryOf([.. e]), Order: order))
            .OrderBy(e => e.Entry.Date is null)
            .ThenBy(e => e.Entry.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Order)
            .Select(e => e.Entry)];
    }

    private static TimelineEntryRecord EntryOf(List<ArticleRecord> articles)
    {
        var date = DateOf(articles);
        return new TimelineEntryRecord(date?.ToString("yyyy-MM-dd"), LeadOf(articles[0]), [.. articles.Select(a => a.Id)]);
    }

    private static DateOnly? DateOf(List<ArticleRecord> articles)
    {
        DateOnly? earliest = null;
        var undatedMentions = new Dictionary<DateOnly, int>();
        foreach (var article in articles)
        {
            var published = Day(article.Published);
            if (published is { } p)
            {
                earliest = Min(earliest, p);
            }

            foreach (var time in article.Times)
            {
                if (time.Type != "DATE" || Day(time.Value) is not { } day)
                {
                    continue;
                }

                if (published is { } from)
                {
                    if (day <= from && day >= from.AddDays(-ReportingWindowDays))
                    {
                        earliest = Min(earliest, day);
                    }
                }
                else
                {
                    undatedMentions[day] = undatedMentions.GetValueOrDefault(day) + 1;
                }
            }
        }

        if (earliest is null && undatedMentions.Count > 0)
        {
            return undatedMentions.OrderByDescending(m => m.Value).ThenBy(m => m.Key).First().Key;
        }

        return earliest;
    }

    private static DateOnly Min(DateOnly? current, DateOnly candidate) =>
        current is { } c && c <= candidate ? c : candidate;

    private static DateOnly? Day(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>The first sentence of the article that reads as one, else its title, else its first line.</summary>
    private static string LeadOf(ArticleRecord article)
    {
        foreach (var span in SentenceSplitter.Split(article.Text))
        {
            var sentence = span.Of(article.Text).Trim();
            if (SummaryWriter.IsSummaryMaterial(sentence))
            {
                return sentence;
            }
        }

        return article.Title ?? article.Text.Split('\n', 2)[0].Trim();
    }
}
