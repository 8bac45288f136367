using System.Net;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Feeds;

/// <summary>Turns feed items and fetched pages into HTML documents with the item's hints.</summary>
public static class FeedDocuments
{
    /// <summary>An item's own content as a small HTML page; an item without content is a failure.</summary>
    public static ReadResult FromItem(string id, string origin, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrWhiteSpace(item.Html))
        {
            return new ReadFailure(origin, "feed item has no content or summary");
        }

        var title = WebUtility.HtmlEncode(item.Title ?? "");
        var page = $"<html><head><title>{title}</title></head><body><article>{item.Html}</article></body></html>";
        return new DocumentRead(RawDocumentFactory.Create(id, origin, page, DocumentFormat.Html, Hints(item)));
    }

    public static DocumentHints Hints(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new DocumentHints(
            Title: item.Title,
            Url: item.Link,
            Published: item.Published is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null);
    }
}
