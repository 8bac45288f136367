using System.Globalization;
using System.Text;
using Storyline.Documents;

namespace Storyline.Text;

/// <summary>
/// Cuts text into words, numbers, punctuation, quote marks and symbols. Words keep their inner
/// apostrophes and hyphens (Ukraine’s, don't, cease-fire) and dotted abbreviations (U.S., a.m.);
/// numbers keep their decimal point and thousands separators (3.5, 94,300). An apostrophe or quote
/// character that is not inside a word is a quote mark. The scan is one pass over the characters
/// and allocates nothing but the tokens.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="range"/> of <paramref name="text"/> to
    /// <paramref name="into"/>, with spans into the whole text.</summary>
    public static void Tokenize(string text, TextSpan range, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var span = text.AsSpan(0, range.End);
        var i = range.Start;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var (length, kind) = WordLength(span, i) is var word and > 0
                ? (word, IsNumber(span.Slice(i, word)) ? TokenKind.Number : TokenKind.Word)
                : (MarkLength(span, i), KindOfMark(c));
            into.Add(new Token(new TextSpan(i, length), kind));
            i += length;
        }
    }

    private static int WordLength(ReadOnlySpan<char> text, int start)
    {
        var acronym = AcronymLength(text, start);
        if (acronym > 0)
        {
            return acronym;
        }

        var i = start;
        var numeric = true;
        while (true)
        {
            var step = WordCharLength(text, i);
            if (step > 0)
            {
                numeric &= char.IsAsciiDigit(text[i]);
                i += step;
                continue;
            }

            if (i == start || i + 1 >= text.Length || WordCharLength(text, i + 1) == 0)
            {
                return i - start;
            }

            var joins = text[i] switch
            {
                '\'' or '’' or 'ʼ' => char.IsLetter(text[i + 1]),
                '-' or '‐' or '‑' => true,
                '.' => numeric && char.IsAsciiDigit(text[i + 1]),
                ',' => numeric && IsThousandsGroup(text, i + 1),
                _ => false,
            };
            if (!joins)
            {
                return i - start;
            }

            i++;
        }
    }

    /// <summary>A run of single letters each followed by a full stop: U.S., a.m., e.g.</summary>
    private static int AcronymLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            i += 2;
        }

        var letters = (i - start) / 2;
        return letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? i - start : 0;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    private static int WordCharLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return 1;
        }

        if (i + 1 < text.Length && Rune.TryCreate(c, text[i + 1], out var rune))
        {
            return Rune.IsLetterOrDigit(rune) ? 2 : 0;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? 1 : 0;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ellipsis or a run of the same dash or stop is one token; any other mark is one character.</summary>
    private static int MarkLength(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (c is not ('.' or '-' or '?' or '!'))
        {
            return char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
        }

        var i = start + 1;
        while (i < text.Length && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    private static TokenKind KindOfMark(char c) => c switch
    {
        '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '‛' or '«' or '»' or '‹' or '›' => TokenKind.QuoteMark,
        '%' or '#' or '&' or '@' or '*' or '/' or '\\' or '_' or '§' or '°' => TokenKind.Symbol,
        _ when char.IsSymbol(c) || char.IsSurrogate(c) => TokenKind.Symbol,
        _ => TokenKind.Punctuation,
    };
}
