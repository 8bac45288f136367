using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Quotes;

/// <summary>
/// A crude stand-in for the real layout builder, for tests only: a paragraph is a block between
/// blank lines; a sentence ends at a line break, or after . ? ! (and any closing quote marks) when a
/// space and a capital letter or an opening quote mark follow. Tokens are not needed by the stages under test.
/// </summary>
internal static class TestLayouts
{
    public static TextLayout Of(string text)
    {
        var paragraphs = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            var paragraph = Trim(text, start, end);
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
                AddSentences(text, paragraph, sentences);
            }

            start = end + 2;
        }

        return new TextLayout(paragraphs, sentences, []);
    }

    private static void AddSentences(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] == '\n')
            {
                sentences.Add(TextSpan.FromBounds(start, i));
                start = i + 1;
                continue;
            }

            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.End && text[end] is '”' or '"' or '’' or '»')
            {
                end++;
            }

            if (end + 1 < paragraph.End && text[end] == ' ' && (char.IsUpper(text[end + 1]) || text[end + 1] is '“' or '"' or '«' or '„')
                && !IsAbbreviation(text, paragraph.Start, i))
            {
                sentences.Add(TextSpan.FromBounds(start, end));
                start = end + 1;
                i = end;
            }
        }

        sentences.Add(TextSpan.FromBounds(start, paragraph.End));
    }

    /// <summary>"Mr." or "U.S." before a name does not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int paragraphStart, int period)
    {
        var start = period;
        while (start > paragraphStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..period];
        return word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Gov" || word.Length == 1;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
