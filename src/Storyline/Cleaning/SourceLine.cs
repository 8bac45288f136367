namespace Storyline.Cleaning;

/// <summary>
/// One non-blank line of a scraped document, trimmed. <see cref="Start"/> is where the trimmed text
/// begins in the document, so every piece cut from it can be traced back.
/// </summary>
internal readonly record struct SourceLine(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>The non-blank lines of a text, in order, each trimmed and placed.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                lines.Add(new SourceLine(lines.Count, first, text[first..last]));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>The part of this line from <paramref name="offset"/> for <paramref name="length"/> characters.</summary>
    public SourceLine Slice(int offset, int length) => this with { Start = Start + offset, Text = Text.Substring(offset, length) };
}
