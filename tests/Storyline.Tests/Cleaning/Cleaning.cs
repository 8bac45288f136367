using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

/// <summary>Shorthand for cleaning a plain-text page in a test.</summary>
internal static class Cleaning
{
    private static readonly ArticleCleaner Cleaner = new();

    public static Article Clean(string text, DocumentHints? hints = null) =>
        Cleaner.Clean(new RawDocument("test", "test.txt", text, DocumentFormat.PlainText, hints ?? DocumentHints.None));

    public static IReadOnlyList<string> BlockTexts(this Article article) =>
        [.. article.Blocks.Select(block => block.Span.Of(article.Text))];

    public const string Paragraph = "The ministers met for three hours on Monday and agreed to meet again next week.";

    public const string OtherParagraph = "Officials said the talks were frank, and that no agreement had been reached.";
}
