using Storyline.Export;
using Storyline.Text;

namespace Storyline.Dossiers;

/// <summary>
/// Writes an extractive summary of a story: sentences taken whole from its independent reports, each
/// citing its article. A sentence scores for standing early in its article (news writing leads with
/// what matters), for stating figures, names and quotations, and for words that many of the story's
/// reports share (what several outlets cover). Sentences are taken best first, skipping any whose
/// content words mostly repeat a sentence already taken, so each fact is told once; they are given
/// in reading order. Sentences that are very short, very long, unfinished or look like page furniture
/// are never taken.
/// </summary>
internal static class SummaryWriter
{
    private const int MinWords = 8;
    private const int MaxWords = 60;
    private const int MinContentWords = 4;

    private static readonly string[] Furniture =
    [
        "http", "www.", "@", "©", "all rights reserved", "click", "subscribe", "sign up", "newsletter", "read more",
        "follow us", "cookie", "advertisement", "share this", "terms of use", "privacy policy", "watch:", "video:",
    ];

    public static IReadOnlyList<SummarySentenceRecord> Write(StoryArticles story, DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(options);
        var reports = story.Originals;
        var candidates = new List<Candidate>();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var order = 0; order < reports.Count; order++)
        {
            var article = reports[order];
            var index = 0;
            foreach (var span in SentenceSplitter.Split(article.Text))
            {
                if (index >= options.CandidateSentencesPerArticle)
                {
                    break;
                }

                var text = span.Of(article.Text).Trim();
                if (!IsSummaryMaterial(text))
                {
                    continue;
                }

                var words = ContentWords.Of(text).ToHashSet(StringComparer.Ordinal);
                if (words.Count >= MinContentWords)
                {
                    candidates.Add(new Candidate(text, article.Id, order, index, words));
                }

                index++;
            }

            foreach (var word in ContentWords.Of(article.Text).Distinct(StringComparer.Ordinal))
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var ranked = candidates
            .Select(c => (Candidate: c, Score: Score(c, documentFrequency, reports.Count)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Candidate.Order)
            .ThenBy(c => c.Candidate.Index)
            .Select(c => c.Candidate);
        var chosen = new List<Candidate>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= options.SummarySentences)
            {
                break;
            }

            if (!chosen.Any(c => Repeats(candidate, c, options.RedundancyLimit)))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen
            .OrderBy(c => c.Order)
            .ThenBy(c => c.Index)
            .Select(c => new SummarySentenceRecord(c.Text, c.Article))];
    }

    /// <summary>Whether a sentence could stand in a summary: a finished sentence of reasonable length
    /// that is not a link, credit or call to action.</summary>
    internal static bool IsSummaryMaterial(string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < MinWords or > MaxWords || !char.IsLetter(sentence[0]) && !IsQuoteMark(sentence[0]))
        {
            return false;
        }

        var last = sentence.TrimEnd(' ', '"', '\'', '\u201D', '\u2019', ')');
        if (last.Length == 0 || last[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var lower = sentence.ToLowerInvariant();
        return !Furniture.Any(f => lower.Contains(f, StringComparison.Ordinal));
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u2018';

    private static double Score(Candidate candidate, Dictionary<string, int> documentFrequency, int reports)
    {
        var lead = 1.0 / (1 + (0.25 * candidate.Index));
        var text = candidate.Text;
        var figures = text.Any(char.IsDigit) ? 0.3 : 0;
        var quotation = text.IndexOfAny(['"', '\u201C', '\u201D']) >= 0 ? 0.2 : 0;
        var names = Math.Min(3, CapitalisedInnerWords(text)) * 0.1;
        var shared = reports > 1
            ? candidate.Words.Average(w => (documentFrequency.GetValueOrDefault(w) - 1) / (double)(reports - 1))
            : 0;
        return lead + figures + quotation + names + shared;
    }

    private static int CapitalisedInnerWords(string text)
    {
        var count = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsWhiteSpace(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool Repeats(Candidate candidate, Candidate chosen, double limit)
    {
        var shared = candidate.Words.Count(chosen.Words.Contains);
        return shared >= limit * candidate.Words.Count || shared >= limit * chosen.Words.Count;
    }

    private sealed record Candidate(string Text, string Article, int Order, int Index, HashSet<string> Words);
}
