using Storyline.Documents;

namespace Storyline.Html;

/// <summary>
/// Turns an HTML page into the text of its article (<see cref="HtmlArticleExtractor"/>), headline
/// first and then one block a line, so the text cleaner reads datelines, credits and furniture
/// lines as it does for scraped text. What the page says about itself fills the hints the source
/// left empty: what a feed or corpus gave wins over the page. The decoded HTML is not kept, so
/// offsets point into the text this reader produces.
/// </summary>
public sealed class HtmlPageReader
{
    private readonly HtmlArticleExtractor _extractor = new();

    /// <summary>The page as a plain-text document; a document that is not HTML is returned as it is.</summary>
    public RawDocument ToText(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format != DocumentFormat.Html)
        {
            return document;
        }

        var article = _extractor.Extract(document.Text, document.Hints.Url);
        var page = article.Metadata;
        var given = document.Hints;
        var hints = given with
        {
            Title = given.Title ?? page.Title,
            Published = given.Published ?? page.Published,
            Outlet = given.Outlet ?? page.SiteName,
            Language = given.Language ?? page.Language,
            Author = given.Author ?? page.Author,
            Url = given.Url ?? page.CanonicalUrl,
            Modified = given.Modified ?? page.Modified,
        };
        var lines = article.Blocks.Select(b => b.Text);
        if (hints.Title is { } title)
        {
            lines = lines.Prepend(title);
        }

        return new RawDocument(document.Id, document.Origin, string.Join('\n', lines), DocumentFormat.ExtractedText, hints);
    }
}
