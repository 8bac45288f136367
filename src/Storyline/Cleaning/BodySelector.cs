using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>
/// Walks the lines under the headline and keeps those that can be body text. It drops page furniture
/// (<see cref="BoilerplateRules"/>), date lines, the caption that follows a photo credit, the headline
/// items that follow a list header or a "3 hours ago" stamp, and any line the page already printed.
/// </summary>
internal static class BodySelector
{
    /// <summary>The body lines of text extracted by structure: page furniture lines and the
    /// excluded ones (a byline) go, the rest stays, repeated lines and short list items included (a
    /// recipe repeats its steps, a fixture list is short lines).</summary>
    public static List<BodyLine> SelectExtracted(IReadOnlyList<SourceLine> lines, int from, Func<int, bool> isExcluded)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(isExcluded);
        var kept = new List<BodyLine>();
        for (var i = from; i < lines.Count; i++)
        {
            if (!isExcluded(i) && BoilerplateRules.Match(lines[i].Text) is null)
            {
                kept.Add(new BodyLine(lines[i], BlockKind.Paragraph, Doubled: false));
            }
        }

        return kept;
    }

    public static List<BodyLine> Select(IReadOnlyList<SourceLine> lines, int from, Func<int, bool> isExcluded)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(isExcluded);
        var kept = new List<BodyLine>();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        var inList = false;
        var afterPhotoCredit = false;
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (isExcluded(i) || CalendarDateParser.IsDateLine(text))
            {
                continue;
            }

            if (BoilerplateRules.Match(text) is { } rule)
            {
                inList |= rule.OpensList;
                afterPhotoCredit = rule.Kind == BoilerplateKind.PhotoCredit;
                continue;
            }

            var isCaption = afterPhotoCredit && LineShape.IsHeadingLike(text, LineShape.ListItemWords);
            afterPhotoCredit = false;
            if (isCaption)
            {
                continue;
            }

            if (inList)
            {
                if (LineShape.IsHeadingLike(text, LineShape.ListItemWords))
                {
                    continue;
                }

                inList = false;
            }

            if (!printed.Add(text))
            {
                if (kept.Count > 0 && kept[^1].Line.Text == text)
                {
                    kept[^1] = kept[^1] with { Doubled = true };
                }

                continue;
            }

            kept.Add(new BodyLine(lines[i], BlockKind.Paragraph, Doubled: false));
        }

        return kept;
    }
}
