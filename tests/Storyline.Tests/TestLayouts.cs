using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests;

/// <summary>Lays out a test text with the real builder: each block between blank lines is a paragraph.</summary>
internal static class TestLayouts
{
    private static readonly TextLayoutBuilder Builder = new();

    public static TextLayout Of(string text)
    {
        var blocks = new List<Block>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            var (from, to) = (start, end);
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                blocks.Add(new Block(BlockKind.Paragraph, TextSpan.FromBounds(from, to)));
            }

            start = end + 2;
        }

        return Builder.Build(text, blocks);
    }
}
