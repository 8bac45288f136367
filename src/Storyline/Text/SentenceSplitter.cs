using System.Buffers;
using System.Collections.Frozen;
using Storyline.Documents;

namespace Storyline.Text;

/// <summary>
/// Splits text into sentences. A sentence ends at a full stop, question or exclamation mark or
/// ellipsis (with any closing quotes and brackets after it) that is followed by white space and a
/// word that does not start in lower case; and always at a line end and at the end of its block.
/// A full stop does not end a sentence after a title (Mr., Gen.), an initial (J. R. Smith), a month
/// or number abbreviation before a number (Dec. 5, No. 10), or inside a number (3.5). After an
/// abbreviation that may also close a sentence (U.S., a.m., Inc.), it ends one only when the next
/// word is one that typically opens a sentence (The, He, But...).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>What can end a sentence: inside one, the text up to the next of these is passed over at once.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create("\n.?!…");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl",
        "Adm", "Brig", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "St", "Mt", "Ft",
        "Fr", "Sr", "vs", "cf", "approx", "ca");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumbers = Lookup(
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Art", "Vol", "Fig", "p", "pp", "para", "Sec", "Ch");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayEndSentence = Lookup(
        "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "etc", "al");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners = Lookup(
        "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They",
        "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "If",
        "In", "On", "At", "For", "From", "By", "With", "As", "After", "Before", "Since", "While", "When",
        "Although", "Though", "However", "Meanwhile", "Still", "Then", "Now", "Some", "Many", "Most", "All",
        "Both", "Each", "Other", "Others", "What", "Who", "Why", "How", "Where", "Which", "No", "Not");

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        Split(text, new TextSpan(0, text.Length), sentences);
        return sentences;
    }

    /// <summary>Adds the sentences of one block of <paramref name="text"/> to <paramref name="into"/>;
    /// the block's end always ends a sentence.</summary>
    public static void Split(string text, TextSpan block, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var span = text.AsSpan(0, block.End);
        var start = -1;
        var i = block.Start;
        while (i < span.Length)
        {
            var c = span[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                i++;
                continue;
            }

            if (c == '\n')
            {
                Close(span, start, i, into);
                start = -1;
                i++;
                continue;
            }

            if (!IsTerminator(c))
            {
                var stop = span[(i + 1)..].IndexOfAny(Stops);
                i = stop < 0 ? span.Length : i + 1 + stop;
                continue;
            }

            var runEnd = i + 1;
            while (runEnd < span.Length && IsTerminator(span[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < span.Length && IsCloser(span[end]))
            {
                end++;
            }

            if ((end == span.Length || char.IsWhiteSpace(span[end])) && EndsSentence(span, start, i, runEnd, end))
            {
                Close(span, start, end, into);
                start = -1;
            }

            i = end;
        }

        if (start >= 0)
        {
            Close(span, start, span.Length, into);
        }
    }

    /// <summary>Whether the terminators in [runStart, runEnd), followed by closers up to
    /// <paramref name="end"/> and white space, end the sentence that began at <paramref name="start"/>.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, int start, int runStart, int runEnd, int end)
    {
        // A dash after a closed quotation signs it ("…” ― Name", "…” — Name said"): same sentence.
        if (end > runEnd && IsSignatureDash(text, end))
        {
            return false;
        }

        var next = NextWordStart(text, end);
        if (next < 0)
        {
            return true;
        }

        if (char.IsLower(text[next]))
        {
            return false;
        }

        if (runEnd - runStart > 1 || text[runStart] != '.')
        {
            return true;
        }

        var word = WordBefore(text, start, runStart);
        if (word.IsEmpty)
        {
            return true;
        }

        var nextIsDigit = char.IsAsciiDigit(text[next]);
        if (Titles.Contains(word) || (nextIsDigit && BeforeNumbers.Contains(word)))
        {
            return false;
        }

        // A lone capital is an initial of a name.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Contains('.') || MayEndSentence.Contains(word))
        {
            return SentenceOpeners.Contains(NextWord(text, next));
        }

        return true;
    }

    /// <summary>Where the next word starts after white space and opening quotes, brackets and
    /// dashes; -1 at the end of the text or of the line.</summary>
    private static int NextWordStart(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return -1;
            }

            if (!char.IsWhiteSpace(c) && !IsOpener(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>The word just before a full stop, without opening quotes or brackets.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int sentenceStart, int stop)
    {
        var begin = stop;
        while (begin > sentenceStart && !char.IsWhiteSpace(text[begin - 1]) && !IsOpener(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..stop];
    }

    private static void Close(ReadOnlySpan<char> text, int start, int end, List<TextSpan> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        into.Add(TextSpan.FromBounds(start, end));
    }

    private static bool IsSignatureDash(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is '―' or '—' or '–';
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or '»' or '›' or ')' or ']';

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '\'' or '«' or '‹' or '„' or '(' or '[' or '—' or '–' or '-' or '¿' or '¡';

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
