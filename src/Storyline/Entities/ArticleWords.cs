using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Entities;

/// <summary>
/// The words (see <see cref="WordScanner"/>) of every paragraph and sentence of a laid-out article,
/// scanned once and shared by the entity and quote stages, which read them sentence by sentence and
/// paragraph by paragraph. A sentence's words are cut from its paragraph's when white space (or the
/// paragraph's edge) stands on both sides of it, where a scan of the sentence alone finds the same
/// words; any other sentence is scanned alone.
/// </summary>
internal sealed class ArticleWords
{
    // Only the article last read on each thread is kept: the stages read one article after another, and an
    // analysed article keeps its layout, so words kept with every layout would grow with the run. Kept beside
    // the layout rather than in it, too: the layout is a public record whose equality a field would change.
    [ThreadStatic]
    private static ArticleWords? _last;

    private readonly string _text;
    private readonly TextLayout _layout;
    private List<List<Word>>? _sentences;

    private ArticleWords(string text, TextLayout layout)
    {
        _text = text;
        _layout = layout;
        Paragraphs = new List<List<Word>>(layout.Paragraphs.Count);
        foreach (var paragraph in layout.Paragraphs)
        {
            Paragraphs.Add(WordScanner.Scan(text, paragraph));
        }
    }

    /// <summary>The words of each paragraph, in the layout's order.</summary>
    public List<List<Word>> Paragraphs { get; }

    /// <summary>The words of each sentence, in the layout's order.</summary>
    public List<List<Word>> Sentences => _sentences ??= CutSentences();

    /// <summary>The words of <paramref name="layout"/> over <paramref name="text"/>, scanned unless they were for the last article read on this thread.</summary>
    public static ArticleWords Of(string text, TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        if (_last is { } last && ReferenceEquals(last._layout, layout) && ReferenceEquals(last._text, text))
        {
            return last;
        }

        _last = new ArticleWords(text, layout);
        return _last;
    }

    private List<List<Word>> CutSentences()
    {
        var paragraphs = _layout.Paragraphs;
        var sentences = new List<List<Word>>(_layout.Sentences.Count);
        var p = 0;
        foreach (var sentence in _layout.Sentences)
        {
            while (p < paragraphs.Count && paragraphs[p].End < sentence.End)
            {
                p++;
            }

            sentences.Add(p < paragraphs.Count && paragraphs[p].Contains(sentence) && StandsApart(paragraphs[p], sentence)
                ? Slice(Paragraphs[p], sentence)
                : WordScanner.Scan(_text, sentence));
        }

        return sentences;
    }

    private bool StandsApart(TextSpan paragraph, TextSpan sentence) =>
        (sentence.Start == paragraph.Start || char.IsWhiteSpace(_text[sentence.Start - 1]))
        && (sentence.End == paragraph.End || char.IsWhiteSpace(_text[sentence.End]));

    private static List<Word> Slice(List<Word> words, TextSpan range)
    {
        var first = WordScanner.IndexAt(words, range.Start);
        return words.GetRange(first, WordScanner.IndexAt(words, range.End) - first);
    }
}
