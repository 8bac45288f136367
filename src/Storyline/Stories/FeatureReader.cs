using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Stories;

/// <summary>
/// Reads <see cref="ArticleFeatures"/> from a <see cref="ClusterInput"/> with a light tokeniser of
/// its own, so clustering works before (and independently of) the language stages. Pipeline
/// entities, quotes and figures replace the fallbacks read here when they are present.
/// </summary>
internal static partial class FeatureReader
{
    /// <summary>Shortest word kept as a content term; shorter ones are initials and fragments.</summary>
    private const int MinTermLength = 2;

    /// <summary>
    /// Times a name is used before it counts among the article's protagonists rather than its
    /// passing mentions: a name repeated is whom the report is about. Its most used one is what a
    /// report missing it is not about, and a second use is enough for that: on ECB+ dev (places
    /// left out), pairs of reports of one topic whose most used names are each missing from the
    /// other, or that each make much of a name the other never mentions, were 967 of different
    /// events against 74 of one with names used three times; 1,368 against 108 with the most used
    /// name counted from two uses (1,451 against 150 when two uses also count as making much of it).
    /// </summary>
    private const int ProtagonistMentions = 2;

    /// <summary>Times a protagonist is used before the report makes much of it; see <see cref="ProtagonistMentions"/>.</summary>
    private const int EmphasisMentions = 3;

    public static ArticleFeatures Read(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title ?? string.Empty;
        var body = input.Text;

        var words = new List<string>();
        var capitalisedMidSentence = new HashSet<string>(StringComparer.Ordinal);
        var capitalisedAtStart = new HashSet<string>(StringComparer.Ordinal);
        var sentences = new List<IReadOnlySet<string>>();
        var bodyTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        ScanBody(body, words, bodyTerms, sentences, capitalisedMidSentence, capitalisedAtStart);

        var titleTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleWords = new List<string>();
        foreach (var (word, _, _) in Tokens(title))
        {
            titleWords.Add(word);
            AddTerm(titleTerms, word);
        }
        words.InsertRange(0, titleWords);

        var names = input.EntityKeys.Count > 0
            ? input.EntityKeys.Select(NormaliseKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal)
            : NamesFromCapitals(capitalisedMidSentence, capitalisedAtStart);

        var quotes = (input.QuoteTexts.Count > 0 ? input.QuoteTexts : QuotedPassages(body))
            .Select(q => (IReadOnlySet<string>)Tokens(q).Select(t => TermOf(t.Word)).OfType<string>().ToHashSet(StringComparer.Ordinal))
            .Where(s => s.Count > 0)
            .ToList();

        var figures = input.Figures.Count > 0 ? input.Figures.ToHashSet() : FiguresIn(body);
        // Two happenings of one kind often share their place (two raids off Aden, two quakes on one
        // island), so a place says where, not which: only people, bodies and things are protagonists.
        var places = (input.PlaceKeys ?? []).Select(NormaliseKey).ToHashSet(StringComparer.Ordinal);
        var protagonists = names.Where(n => !places.Contains(n)).Select(n => TermOf(LastWord(n))).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(t => (Term: t, Uses: titleTerms.GetValueOrDefault(t) + bodyTerms.GetValueOrDefault(t)))
            .Where(p => p.Uses >= ProtagonistMentions)
            .OrderByDescending(p => p.Uses).ThenBy(p => p.Term, StringComparer.Ordinal)
            .ToList();

        return new ArticleFeatures(
            words, titleTerms, bodyTerms, names, [.. protagonists.Select(p => p.Term)], protagonists.Count(p => p.Uses >= EmphasisMentions),
            quotes, figures, sentences);
    }

    /// <summary>The stemmed content term of a lowercased word, or null for stop words and fragments.</summary>
    public static string? TermOf(string word)
    {
        if (word.Length < MinTermLength || StopWords.Contains(word))
            return null;
        var stem = SuffixStripper.Strip(word);
        return stem.Length < MinTermLength || StopWords.Contains(stem) ? null : stem;
    }

    private static void ScanBody(
        string body,
        List<string> words,
        Dictionary<string, int> terms,
        List<IReadOnlySet<string>> sentences,
        HashSet<string> capitalisedMidSentence,
        HashSet<string> capitalisedAtStart)
    {
        var sentence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, capitalised, sentenceStart) in Tokens(body))
        {
            if (sentenceStart && sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = new HashSet<string>(StringComparer.Ordinal);
            }
            words.Add(word);
            var term = AddTerm(terms, word);
            if (term is not null)
                sentence.Add(term);
            if (capitalised && !StopWords.Contains(word) && word.Length >= MinTermLength)
                (sentenceStart ? capitalisedAtStart : capitalisedMidSentence).Add(word);
        }
        if (sentence.Count > 0)
            sentences.Add(sentence);
    }

    private static string? AddTerm(Dictionary<string, int> terms, string word)
    {
        var term = TermOf(word);
        if (term is not null)
            terms[term] = terms.GetValueOrDefault(term) + 1;
        return term;
    }

    /// <summary>
    /// Capitalised words seen mid-sentence are names; a capitalised sentence opener counts only
    /// when the same word is also capitalised mid-sentence somewhere, which keeps out "However".
    /// </summary>
    private static HashSet<string> NamesFromCapitals(HashSet<string> midSentence, HashSet<string> atStart)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in midSentence.Concat(atStart.Where(midSentence.Contains)))
            names.Add(SuffixStripper.Strip(word));
        return names;
    }

    /// <summary>The last word of a name key: the surname of a person, the head of most other names.</summary>
    private static string LastWord(string nameKey) => nameKey[(nameKey.LastIndexOf(' ') + 1)..];

    private static string NormaliseKey(string key) =>
        string.Join(' ', Tokens(key).Select(t => t.Word));

    /// <summary>Lowercased words with whether they were capitalised and whether they open a sentence.</summary>
    private static IEnumerable<(string Word, bool Capitalised, bool SentenceStart)> Tokens(string text)
    {
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n')
                    sentenceStart = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
                i++;
            var word = text[start..i].ToLowerInvariant();
            yield return (word, char.IsUpper(c), sentenceStart);
            sentenceStart = false;
        }
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static IEnumerable<string> QuotedPassages(string text) =>
        QuotedPassage().Matches(text).Select(m => m.Groups[1].Value);

    private static HashSet<double> FiguresIn(string text)
    {
        var figures = new HashSet<double>();
        foreach (Match m in Figure().Matches(text))
        {
            var digits = new StringBuilder(m.Value.Length);
            foreach (var ch in m.Value)
            {
                if (ch != ',')
                    digits.Append(ch);
            }
            if (double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                figures.Add(value);
        }
        return figures;
    }

    [GeneratedRegex("[\"“”«»]([^\"“”«»\\n]{8,400})[\"“”«»]")]
    private static partial Regex QuotedPassage();

    /// <summary>
    /// Numbers of two or more digits (with thousands commas or decimals); single digits are too
    /// common to tell reports apart, and numbers glued to words or hyphens (COVID-19) are names.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?:\.\d+)?(?!\w|[.,]\d|-)")]
    private static partial Regex Figure();
}
