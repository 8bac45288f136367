using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>Surface facts about one line that several cleaning rules need: length, final punctuation.</summary>
internal static partial class LineShape
{
    /// <summary>Most cross-heads and headline-list items are shorter than this; body sentences rarely are.</summary>
    public const int ShortLineWords = 12;

    /// <summary>Headline lists in page footers may run longer than cross-heads.</summary>
    public const int ListItemWords = 20;

    public static int WordCount(string line) => Word().Count(line);

    /// <summary>Whether the line ends like a sentence, looking past closing quotes and brackets.</summary>
    public static bool EndsSentence(string line)
    {
        var end = line.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(line[end]) || IsCloser(line[end])))
        {
            end--;
        }

        return end >= 0 && ".!?…:;".Contains(line[end], StringComparison.Ordinal);
    }

    /// <summary>A short line without final punctuation: a cross-head, a caption or a headline-list item.</summary>
    public static bool IsHeadingLike(string line, int maxWords = ShortLineWords)
    {
        if (EndsSentence(line) || !StartsLikeText(line))
        {
            return false;
        }

        var words = WordCount(line);
        return words > 0 && words <= maxWords;
    }

    private static bool StartsLikeText(string line) =>
        line.Length > 0 && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || IsOpener(line[0]));

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[';

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
