using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Figures;

/// <summary>
/// Finds the figures an article states — numbers with what they count, how sure the text is of
/// them, money and percentages — and leaves out numerals that are not counts: durations and ages,
/// years, dates, clock times, ordinals, phone-like digit runs and numbers inside names
/// ("Nord Stream 2", "COVID-19", "G7"). Works sentence by sentence so a figure can take its unit
/// from the subject of its own sentence ("the number of troops ... was estimated to be 94,300").
/// Stateless and thread-safe.
/// </summary>
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(string text, TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        var figures = new List<Figure>();
        foreach (var sentence in layout.Sentences)
        {
            new SentenceFigureReader(text, sentence).ReadInto(figures);
        }

        return figures;
    }
}
