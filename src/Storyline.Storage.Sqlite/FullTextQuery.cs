using System.Text;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// Turns what a reader typed into an FTS5 query. Only letters and digits reach the index: every word
/// becomes a quoted term, so nothing typed is read as FTS5 syntax (no column names, operators or
/// unbalanced quotes); a trailing <c>*</c> keeps its meaning of "words starting with". Words are all
/// required; a speaker, entity or outlet filter is a phrase that must appear in that column.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The MATCH expression, or null when the query names nothing to look for.</summary>
    public static string? Build(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        parts.AddRange(Words(query.Text).Select(w => w.Prefix ? $"\"{w.Text}\"*" : $"\"{w.Text}\""));
        AddPhrase(parts, "speakers", query.Speaker);
        AddPhrase(parts, "entities", query.Entity);
        AddPhrase(parts, "outlets", query.Outlet);
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

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
