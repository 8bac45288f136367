using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>
/// Which outlets carry each quotation and each figure of a story, and which of them only one
/// independent report gives. A quotation is the same across articles when its words are (case and
/// punctuation aside); a figure when its subject and value are. A re-published copy adds its outlets
/// but not a second source.
/// </summary>
internal static class CoverageMapper
{
    public static CoverageRecord Map(StoryArticles story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var quotes = new Tally();
        var figures = new Tally();
        foreach (var article in story.InOrder)
        {
            var source = story.SourceOf(article);
            foreach (var quote in article.Quotes)
            {
                var key = string.Join(' ', Words(quote.Text));
                if (key.Length > 0)
                {
                    quotes.Add(key, quote.Text, quote.Speaker, article, source);
                }
            }

            foreach (var figure in article.Numbers)
            {
                var subject = FigureSubject.Of(figure) ?? figure.Unit ?? "";
                var value = figure.Value is { } number ? number.ToString("R") : figure.Text.ToLowerInvariant();
                figures.Add(subject + "\u0001" + value, figure.Text + (figure.Unit is null ? "" : " " + figure.Unit), null, article, source);
            }
        }

        return new CoverageRecord(quotes.Items(), figures.Items());
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(
            (char[])[' ', ',', '.', ';', ':', '!', '?', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '\u2014', '\u2013', '-', '\n'],
            StringSplitOptions.RemoveEmptyEntries);

    private sealed class Tally
    {
        private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
        private readonly List<Item> _order = [];

        public void Add(string key, string text, string? speaker, ArticleRecord article, string source)
        {
            if (!_items.TryGetValue(key, out var item))
            {
                item = new Item(text, speaker);
                _items.Add(key, item);
                _order.Add(item);
            }

            item.Speaker ??= speaker;
            item.Articles.Add(article.Id);
            item.Sources.Add(source);
            foreach (var outlet in article.Outlets)
            {
                item.Outlets.Add(outlet);
            }
        }

        public IReadOnlyList<CoveredItemRecord> Items() =>
            [.. _order.Select(i => new CoveredItemRecord(i.Text, i.Speaker, [.. i.Outlets], [.. i.Articles], i.Sources.Count == 1))];
    }

    private sealed class Item(string text, string? speaker)
    {
        public string Text { get; } = text;

        public string? Speaker { get; set; } = speaker;

        public SortedSet<string> Outlets { get; } = new(StringComparer.Ordinal);

        public List<string> Articles { get; } = [];

        public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);
    }
}
