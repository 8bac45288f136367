using System.Buffers;
using Storyline.Documents;

namespace Storyline.Quotes;

/// <summary>
/// Finds quoted stretches by their marks, whatever the style (“ ” " « » „ ‘ ’ '), and tolerates the
/// broken marks of scraped and machine-translated text: an opening mark inside an open quote starts
/// a new quote, a closing mark with nothing open is passed over, and a quote never closed runs to
/// the end of its paragraph (or line, where a paragraph keeps line breaks). Single marks count only
/// outside double quotes and never inside a word
/// ("Ukraine’s", "didn’t").
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>The characters the scan acts on; it passes over the runs of text between them at once.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n“«„\"”»‘'’");

    public static QuotedSegments Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var segments = new List<QuotedSegment>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var first = segments.Count;
            ScanParagraph(text, paragraphs[p], segments);
            var last = segments.Count - 1;
            if (last >= first && OpensWithMark(text, paragraphs[p]) && segments[last].Outer.End == paragraphs[p].End
                && !IsClosingMark(text[segments[last].Outer.End - 1]) && p + 1 < paragraphs.Count && OpensWithMark(text, paragraphs[p + 1])
                && !OpensTurn(text, paragraphs[p + 1]))
            {
                segments[last] = segments[last] with { ContinuesInNext = true };
            }
        }

        return new QuotedSegments(segments);
    }

    private static void ScanParagraph(string text, TextSpan paragraph, List<QuotedSegment> segments)
    {
        var openAt = -1;
        var openMark = '\0';
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var skip = text.AsSpan(i, paragraph.End - i).IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            var open = openAt >= 0;
            if (c == '\n' && open)
            {
                // A line break inside a paragraph is a hard break (a scraped line): an open quote ends there.
                Close(text, openAt, i, i, segments);
                openAt = -1;
            }
            else if (c is '“' or '«' or '„')
            {
                if (open && openMark == '„' && c == '“')
                {
                    Close(text, openAt, i, i + 1, segments);
                    openAt = -1;
                }
                else
                {
                    if (open)
                    {
                        Close(text, openAt, i, i, segments);
                    }

                    openAt = i;
                    openMark = c;
                }
            }
            else if (c == '"')
            {
                if (open && openMark is not '‘' and not '\'')
                {
                    Close(text, openAt, i, i + 1, segments);
                    openAt = -1;
                }
                else if (!open)
                {
                    openAt = i;
                    openMark = c;
                }
            }
            else if (c is '”' or '»')
            {
                if (open)
                {
                    Close(text, openAt, i, i + 1, segments);
                    openAt = -1;
                }
                else if (FacesForward(text, paragraph, i))
                {
                    // Broken marks write the opening one as a closing one ("” … what I learned …,” he said").
                    openAt = i;
                    openMark = c;
                }
            }
            else if (c is '‘' or '\'' && !open && OpensSingle(text, paragraph, i))
            {
                openAt = i;
                openMark = c;
            }
            else if (c is '’' or '\'' && open && openMark is '‘' or '\'' && ClosesSingle(text, paragraph, i))
            {
                Close(text, openAt, i, i + 1, segments);
                openAt = -1;
            }
        }

        if (openAt >= 0)
        {
            Close(text, openAt, paragraph.End, paragraph.End, segments);
        }
    }

    /// <summary>A mark with nothing open that opens its paragraph, or stands after a space before a word, opens a quote whichever way it faces.</summary>
    private static bool FacesForward(string text, TextSpan paragraph, int i)
    {
        var next = i + 1 < paragraph.End ? text[i + 1] : ' ';
        return IsBlankBefore(text, paragraph, i) ? next is not '\n' : char.IsWhiteSpace(text[i - 1]) && char.IsLetter(next);
    }

    private static bool IsBlankBefore(string text, TextSpan paragraph, int i)
    {
        for (var k = i - 1; k >= paragraph.Start; k--)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensSingle(string text, TextSpan paragraph, int i) =>
        (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < paragraph.End && char.IsLetter(text[i + 1]);

    private static bool ClosesSingle(string text, TextSpan paragraph, int i) =>
        i > paragraph.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == paragraph.End || !char.IsLetterOrDigit(text[i + 1]));

    private static void Close(string text, int openAt, int contentEnd, int outerEnd, List<QuotedSegment> segments)
    {
        var start = openAt + 1;
        var end = contentEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (!HasLetters(text, start, end))
        {
            return;
        }

        segments.Add(new QuotedSegment(TextSpan.FromBounds(openAt, outerEnd), TextSpan.FromBounds(start, end), ContinuesInNext: false));
    }

    private static bool HasLetters(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithMark(string text, TextSpan paragraph)
    {
        var i = paragraph.Start;
        while (i < paragraph.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < paragraph.End && text[i] is '“' or '"' or '«' or '„';
    }

    /// <summary>A transcript turn ("“PENCE: Well, …") is a new speaker, not the quote before it going on.</summary>
    private static bool OpensTurn(string text, TextSpan paragraph)
    {
        var i = paragraph.Start;
        while (i < paragraph.End && (char.IsWhiteSpace(text[i]) || text[i] is '“' or '"' or '«' or '„'))
        {
            i++;
        }

        var start = i;
        while (i < paragraph.End && char.IsUpper(text[i]))
        {
            i++;
        }

        return i - start > 1 && i < paragraph.End && text[i] == ':';
    }

    private static bool IsClosingMark(char c) => c is '”' or '»' or '"' or '’';
}
