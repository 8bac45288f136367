using System.Text.RegularExpressions;
using Storyline.Export;
using Storyline.Text;

namespace Storyline.Dossiers;

/// <summary>
/// Reads the positions a story's speakers take: each attributed quotation (direct, partial or
/// indirect) is classified as a speech act by <see cref="SpeechActs"/> — first by the reporting verb of
/// its sentence outside the quoted words ("Biden threatened Putin with sanctions"), else by what the
/// quoted words do ("We will not make any concessions" rejects making concessions). The issue is the
/// phrase the act governs, at most <see cref="MaxIssueWords"/> words. The actor is the country or
/// organisation the speaker speaks for: the speaker itself when it is one ("the Kremlin" → Russia),
/// else the demonym or body that titles the speaker where the story names them ("Ukrainian Foreign
/// Minister Dmytro Kuleba"); an organisation or state the story names as such speaks for itself; a
/// person with no known affiliation takes no position.
/// </summary>
internal static partial class PositionReader
{
    private const int MaxIssueWords = 10;
    private const int TitleWords = 6;
    private const int MarkerReach = 8;
    private const int NegationReach = 3;

    public static IReadOnlyList<PositionRecord> Read(StoryArticles story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var actors = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positions = new Dictionary<(string, string?, string, string), (List<string> Articles, string Evidence)>();
        foreach (var article in story.InOrder)
        {
            var sentences = SentenceSplitter.Split(article.Text);
            foreach (var quote in article.Quotes)
            {
                if (quote.Speaker is not { } speaker || Classify(article.Text, sentences, quote.Text) is not { } found)
                {
                    continue;
                }

                if (!actors.TryGetValue(speaker, out var actor))
                {
                    actor = ActorOf(speaker, story);
                    actors.Add(speaker, actor);
                }

                if (actor is null)
                {
                    continue;
                }

                var person = ActorNames.Of(speaker) is null ? speaker : null;
                var key = (actor, person, found.Act, found.Issue);
                if (!positions.TryGetValue(key, out var position))
                {
                    position = ([], SentenceOf(article.Text, sentences, quote.Text));
                    positions.Add(key, position);
                }

                if (!position.Articles.Contains(article.Id))
                {
                    position.Articles.Add(article.Id);
                }
            }
        }

        return [.. positions.Select(p => new PositionRecord(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Key.Item4, p.Value.Articles, p.Value.Evidence))];
    }

    /// <summary>The sentence that holds the quoted words, or the words themselves when the text does not hold them verbatim.</summary>
    private static string SentenceOf(string text, IReadOnlyList<Documents.TextSpan> sentences, string quote) =>
        SpanOf(text, sentences, quote) is ({ } sentence, _) ? sentence.Of(text).Trim() : quote;

    /// <summary>The sentence in which the quoted words first occur, and where they start; no sentence when they do not occur.</summary>
    private static (Documents.TextSpan? Sentence, int At) SpanOf(string text, IReadOnlyList<Documents.TextSpan> sentences, string quote)
    {
        var at = quote.Length > 0 ? text.IndexOf(quote, StringComparison.Ordinal) : -1;
        return at >= 0 && sentences.FirstOrDefault(s => s.Contains(at)) is { Length: > 0 } sentence ? (sentence, at) : (null, at);
    }

    /// <summary>The act and issue of one quotation, or null when it performs none of the known acts. A
    /// reporting verb counts when it stands before the quoted words in their sentence; its issue is read
    /// on through the sentence, so a partial quotation ("threatened Moscow with \u201Cunprecedented\u201D
    /// sanctions") keeps the words around it.</summary>
    internal static (string Act, string Issue)? Classify(string text, IReadOnlyList<Documents.TextSpan> sentences, string quote)
    {
        if (SpanOf(text, sentences, quote) is ({ } sentence, var at))
        {
            var before = Words(text[sentence.Start..at]);
            var after = Words(text[sentence.Start..sentence.End]);
            for (var i = 0; i < before.Count; i++)
            {
                var act = SpeechActs.VerbAct(before[i])
                    ?? (before[i].StartsWith("rul", StringComparison.Ordinal) && i + 1 < before.Count && before[i + 1] == "out" ? "reject" : null);
                var cue = act == "reject" && before[i].StartsWith("rul", StringComparison.Ordinal) ? i + 1 : i;
                if (act is not null && !NegatedAt(before, i) && IssueAfter(after, cue, act) is { Length: > 0 } issue)
                {
                    return (act, issue);
                }
            }
        }

        return ActInside(Words(quote));
    }

    private static bool NegatedAt(List<string> words, int i) =>
        Enumerable.Range(Math.Max(0, i - NegationReach), Math.Min(i, NegationReach)).Any(j => SpeechActs.IsNegation(words[j]));

    private static (string Act, string Issue)? ActInside(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var negated = NegatedAt(words, i);
            if (negated && SpeechActs.Acceptance.Contains(word) && IssueAfter(words, i, "reject") is { Length: > 0 } accepted)
            {
                return ("reject", accepted);
            }

            if (negated && SpeechActs.Concession.Contains(word) && IssueAfter(words, i, "reject") is { Length: > 0 } conceded)
            {
                return ("reject", word + " " + conceded);
            }

            if (SpeechActs.Penalties.Any(p => word.StartsWith(p, StringComparison.Ordinal))
                && words.Take(i).Any(SpeechActs.FutureModals.Contains))
            {
                return ("threaten", IssueAfter(words, i - 1, "threaten") ?? word);
            }

            if (!negated && SpeechActs.VerbAct(word) is { } act && IssueAfter(words, i, act) is { Length: > 0 } issue)
            {
                return (act, issue);
            }
        }

        return null;
    }

    /// <summary>The words after position <paramref name="cue"/> that the act governs: past a party the act
    /// is aimed at ("threatened Moscow with ..."), past leading determiners, at most <see cref="MaxIssueWords"/>.</summary>
    private static string? IssueAfter(List<string> words, int cue, string act)
    {
        var start = cue + 1;
        if (act is "threaten" or "accuse" or "warn")
        {
            for (var j = start; j < Math.Min(words.Count, start + MarkerReach); j++)
            {
                if (SpeechActs.IssueMarkers.Contains(words[j]))
                {
                    start = j + 1;
                    break;
                }
            }
        }

        while (start < words.Count && SpeechActs.Leading.Contains(words[start]))
        {
            start++;
        }

        return start < words.Count ? string.Join(' ', words.Skip(start).Take(MaxIssueWords)) : null;
    }

    /// <summary>The country or organisation a speaker speaks for, by name or by the titles the story gives them.</summary>
    private static string? ActorOf(string speaker, StoryArticles story)
    {
        if (ActorNames.Of(speaker) is { } direct)
        {
            return direct;
        }

        if (story.Originals.Any(a => a.Entities.Any(e => e.Type is "ORG" or "GPE" && e.Name == speaker)))
        {
            return speaker;
        }

        var names = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length < 2 || !names.All(n => char.IsUpper(n[0])))
        {
            // Only a person's full name can be looked up by its titles; "West" or "officials" cannot.
            return null;
        }

        var surname = names[^1];
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in story.Originals)
        {
            var text = article.Text;
            for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
                {
                    continue;
                }

                var lineStart = Math.Max(text.LastIndexOfAny(['.', '\n', '"', '\u201C', '\u201D'], Math.Max(0, at - 1)) + 1, 0);
                var before = Words(text[lineStart..at], lowercase: false);
                for (var k = before.Count - 1; k >= Math.Max(0, before.Count - TitleWords); k--)
                {
                    var actor = ActorNames.Of(before[k]) ?? (k > 0 ? ActorNames.Of(before[k - 1] + " " + before[k]) : null);
                    if (actor is not null)
                    {
                        votes[actor] = votes.GetValueOrDefault(actor) + 1;
                        break;
                    }
                }
            }
        }

        return votes.Count == 0 ? null : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
    }

    private static List<string> Words(string text, bool lowercase = true)
    {
        var words = new List<string>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var word = match.Value.Replace('\u2019', '\'');
            words.Add(lowercase ? word.ToLowerInvariant() : word);
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
