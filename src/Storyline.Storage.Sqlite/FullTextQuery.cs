using System.Globalization;
using System.Text;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// Turns what a reader typed into an FTS5 query. Only letters and digits reach the index: every word
/// becomes a quoted term, so nothing typed is read as FTS5 syntax (no column names, operators or
/// unbalanced quotes); a trailing <c>*</c> keeps its meaning of "words starting with". Words are all
/// required; a speaker, entity or outlet filter is a phrase that must appear in that column, and a date range
/// is the date words that cover it.
/// </summary>
public static class FullTextQuery
{
    /// <summary>An empty date range: a word that no date column holds, so the search finds nothing.</summary>
    private const string NoDate = "dates : \"none\"";

    /// <summary>The MATCH expression, or null when the query names nothing to look for. An open end of a date range
    /// stops at <paramref name="earliest"/> or <paramref name="latest"/>, the archive's first and last dates.</summary>
    public static string? Build(SearchQuery query, DateOnly? earliest = null, DateOnly? latest = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        parts.AddRange(Words(query.Text).Select(w => w.Prefix ? $"\"{w.Text}\"*" : $"\"{w.Text}\""));
        AddPhrase(parts, "speakers", query.Speaker);
        AddPhrase(parts, "entities", query.Entity);
        AddPhrase(parts, "outlets", query.Outlet);
        if (Date(query.From) is not null || Date(query.To) is not null)
        {
            var words = DateWords(Date(query.From) ?? earliest, Date(query.To) ?? latest);
            parts.Add(words.Count == 0 ? NoDate : "dates : (" + string.Join(" OR ", words) + ")");
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>The fewest date words (whole years, whole months, single days; see the search index) that cover the
    /// days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<string> DateWords(DateOnly? from, DateOnly? to)
    {
        var words = new List<string>();
        if (from is not { } day || to is not { } last)
        {
            return words;
        }

        while (day <= last)
        {
            if (day is { Month: 1, Day: 1 } && day.AddYears(1).AddDays(-1) <= last)
            {
                words.Add(day.ToString("'y'yyyy", CultureInfo.InvariantCulture));
                day = day.AddYears(1);
            }
            else if (day.Day == 1 && day.AddMonths(1).AddDays(-1) <= last)
            {
                words.Add(day.ToString("'m'yyyyMM", CultureInfo.InvariantCulture));
                day = day.AddMonths(1);
            }
            else
            {
                words.Add(day.ToString("'d'yyyyMMdd", CultureInfo.InvariantCulture));
                day = day.AddDays(1);
            }
        }

        return words;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A match on any of <paramref name="names"/> as a phrase in the speakers or entities column.</summary>
    public static string? AnyName(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var phrases = names.Select(Phrase).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return phrases.Count == 0 ? null : "{speakers entities} : (" + string.Join(" OR ", phrases) + ")";
    }

    private static void AddPhrase(List<string> parts, string column, string? text)
    {
        if (Phrase(text) is { } phrase)
        {
            parts.Add($"{column} : {phrase}");
        }
    }

    private static string? Phrase(string? text)
    {
        var words = Words(text).Select(w => w.Text).ToList();
        return words.Count == 0 ? null : "\"" + string.Join(' ', words) + "\"";
    }

    private static IEnumerable<(string Text, bool Prefix)> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word.Append(text[i]);
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), i < text.Length && text[i] == '*');
                word.Clear();
            }
        }
    }
}
