namespace Storyline.Figures;

internal enum LexemeKind
{
    Word,
    Number,
    Symbol,
    Punctuation,
}

/// <summary>A word, a numeral, a currency or percent sign, or a punctuation mark of one sentence.</summary>
internal readonly record struct Lexeme(LexemeKind Kind, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// Cuts a stretch of text into lexemes. A word runs over letters, digits and inner hyphens or
/// apostrophes, so names such as "COVID-19" or "G7" stay one word and never look like numerals;
/// a numeral is digits with inner thousands separators or a decimal point ("94,300", "1.2").
/// </summary>
internal static class Lexer
{
    public static List<Lexeme> Scan(string text, int start, int end)
    {
        var lexemes = new List<Lexeme>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var from = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || (IsNumberSeparator(text[i]) && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                lexemes.Add(new Lexeme(LexemeKind.Number, from, i));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (IsWordJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                lexemes.Add(new Lexeme(LexemeKind.Word, from, i));
            }
            else
            {
                i++;
                var kind = IsSymbol(c) ? LexemeKind.Symbol : LexemeKind.Punctuation;
                lexemes.Add(new Lexeme(kind, from, i));
            }
        }

        return lexemes;
    }

    private static bool IsNumberSeparator(char c) => c is ',' or '.';

    private static bool IsWordJoiner(char c) => c is '-' or '\'' or '\u2019';

    private static bool IsSymbol(char c) => c is '$' or '€' or '£' or '¥' or '₽' or '₴' or '%' or '°';
}
