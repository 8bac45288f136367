using Storyline.Documents;

namespace Storyline.Entities;

/// <summary>
/// Splits a sentence into words and punctuation by scanning its characters. The entity and quote
/// stages read names and cue verbs at this grain whatever the layout's tokenizer did with
/// abbreviations ("U.S."), hyphenated titles ("Secretary-General") and possessives ("Ukraine’s").
/// </summary>
internal static class WordScanner
{
    private static readonly string[] Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr", "Lt", "Col", "Prof"];

    public static List<Word> Scan(string text, TextSpan range)
    {
        // News prose has a word or mark every four or five characters: room for them all at once, not a list regrown several times.
        var words = new List<Word>(range.Length / 4);
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                words.Add(new Word(new TextSpan(i, 1), IsPunctuation: true));
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < range.End)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            if (i < range.End && text[i] == '.' && IsAbbreviation(text.AsSpan(start, i - start)))
            {
                i++;
            }

            AddWithPossessive(text, words, start, i);
        }

        return words;
    }

    /// <summary>The index of the first word that starts at or after <paramref name="offset"/>.</summary>
    public static int IndexAt(List<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '\'' or '’' or '‑';

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        // "U.S" or "D.C" (letters joined by periods) and titles such as "Mr" keep their final period.
        if (word.Length >= 3 && word[1] == '.')
        {
            return true;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return word.Length == 1 && char.IsUpper(word[0]);
    }

    private static void AddWithPossessive(string text, List<Word> words, int start, int end)
    {
        var length = end - start;
        if (length > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’')
        {
            words.Add(new Word(TextSpan.FromBounds(start, end - 2), IsPunctuation: false));
            words.Add(new Word(TextSpan.FromBounds(end - 2, end), IsPunctuation: true));
            return;
        }

        words.Add(new Word(TextSpan.FromBounds(start, end), IsPunctuation: false));
    }
}
