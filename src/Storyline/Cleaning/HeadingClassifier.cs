using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>
/// Tells cross-heads from stray short lines. A short line without final punctuation is a heading when
/// body paragraphs stand on both sides of it; after the last paragraph it is page furniture (a headline
/// list, a tag) and is dropped; before the first it is kept as a paragraph, since it may be a standfirst.
/// A body made only of short lines is kept whole. In text extracted from a page's structure the
/// short lines after the last paragraph are the article's own (a list of dates, a closing note):
/// they stay as paragraphs.
/// </summary>
internal static class HeadingClassifier
{
    public static List<BodyLine> Classify(IReadOnlyList<BodyLine> lines, bool extracted = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var isShort = lines.Select(line => LineShape.IsHeadingLike(line.Line.Text)).ToArray();
        var lastParagraph = Array.FindLastIndex(isShort, s => !s);
        var firstParagraph = Array.FindIndex(isShort, s => !s);
        if (firstParagraph < 0)
        {
            return [.. lines];
        }

        var result = new List<BodyLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!isShort[i] || i < firstParagraph || (extracted && i > lastParagraph))
            {
                result.Add(lines[i] with { Kind = BlockKind.Paragraph });
            }
            else if (i < lastParagraph)
            {
                result.Add(lines[i] with { Kind = BlockKind.Heading });
            }
        }

        return result;
    }
}
