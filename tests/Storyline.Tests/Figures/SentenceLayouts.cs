using System.Text.RegularExpressions;
using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Figures;

/// <summary>A stand-in sentence splitter for tests: a sentence ends at ". ", "! " or "? " before a capital.</summary>
internal static partial class SentenceLayouts
{
    public static TextLayout Of(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            sentences.Add(TextSpan.FromBounds(start, boundary.Index));
            start = boundary.Index + boundary.Length;
        }

        sentences.Add(TextSpan.FromBounds(start, text.Length));
        return new TextLayout([new TextSpan(0, text.Length)], sentences, []);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex Boundary();
}
