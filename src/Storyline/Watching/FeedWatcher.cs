using System.Globalization;
using Storyline.Documents;
using Storyline.Feeds;
using Storyline.Fetching;
using Storyline.Ingest;
using Storyline.Pipeline;

namespace Storyline.Watching;

/// <summary>What one poll of the feeds did.</summary>
public sealed record PollSummary(int FeedsChanged, int FeedsUnchanged, int ArticlesFetched, RunSummary? Analysis);

/// <summary>
/// The entry of the Watching stage: polls feeds and analyses the articles that are new. A feed is
/// asked for with the validators of its last answer, so an unchanged feed costs a 304; an article
/// URL is fetched once, ever; the articles of a poll are analysed together into the store. Every
/// feed or article that fails is one line to <c>onError</c> and the poll goes on.
/// </summary>
public sealed class FeedWatcher(WebFetcher fetcher, IWatchState state, AnalysisRun analysis, IngestOptions ingest)
{
    public async Task<PollSummary> PollAsync(IReadOnlyList<Uri> feeds, Action<string> onError, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(onError);
        var (changed, unchanged) = (0, 0);
        var documents = new List<ReadResult>();
        var fetchedUrls = new List<string>();
        foreach (var feed in feeds)
        {
            var items = await ReadFeedAsync(feed, onError, cancellation).ConfigureAwait(false);
            if (items is null)
            {
                unchanged++;
                continue;
            }

            changed++;
            foreach (var item in items)
            {
                if (item.Link is null || !Uri.TryCreate(feed, item.Link, out var link))
                {
                    onError($"{feed}: an item has no usable link");
                    continue;
                }

                var url = link.AbsoluteUri;
                if (state.WasFetched(url) || fetchedUrls.Contains(url))
                {
                    continue;
                }

                var document = await FetchArticleAsync(link, item, cancellation).ConfigureAwait(false);
                if (document is ReadFailure failure)
                {
                    onError($"{failure.Origin}: {failure.Reason}");
                    continue;
                }

                documents.Add(document);
                fetchedUrls.Add(url);
            }
        }

        RunSummary? summary = null;
        if (documents.Count > 0)
        {
            summary = analysis.Run(documents, f => onError(f.ToString()));
        }

        // Marked only once their analysis is stored, so a crash mid-poll fetches them again.
        foreach (var url in fetchedUrls)
        {
            state.MarkFetched(url);
        }

        return new PollSummary(changed, unchanged, fetchedUrls.Count, summary);
    }

    /// <summary>The feed's items, or null when it is unchanged or failed (reported).</summary>
    private async Task<IReadOnlyList<FeedItem>?> ReadFeedAsync(Uri feed, Action<string> onError, CancellationToken cancellation)
    {
        var key = feed.AbsoluteUri;
        var validators = state.ValidatorsOf(key);
        FetchResult response;
        try
        {
            response = await fetcher.FetchAsync(feed, validators?.ETag, validators?.LastModified, cancellation).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            onError(ex.Message);
            return null;
        }

        if (response.NotModified)
        {
            return null;
        }

        if (response.Status != 200)
        {
            onError($"{feed}: the server answered {response.Status}");
            return null;
        }

        using var body = new MemoryStream(response.Body, writable: false);
        var (items, failure) = FeedParser.Parse(body, ingest.MaxFileBytes);
        if (items is null)
        {
            onError($"{feed}: {failure}");
            return null;
        }

        state.SaveValidators(key, new FeedValidators(response.ETag, response.LastModified));
        return items;
    }

    private async Task<ReadResult> FetchArticleAsync(Uri link, FeedItem item, CancellationToken cancellation)
    {
        var url = link.AbsoluteUri;
        FetchResult response;
        try
        {
            response = await fetcher.FetchAsync(link, null, null, cancellation).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            return new ReadFailure(url, ex.Message);
        }

        if (response.Status != 200)
        {
            return new ReadFailure(url, string.Create(CultureInfo.InvariantCulture, $"the server answered {response.Status}"));
        }

        var mediaType = (response.ContentType ?? "").Split(';')[0].Trim();
        if (!mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && !mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
        {
            return new ReadFailure(url, $"not an HTML page: {mediaType}");
        }

        var text = HtmlCharset.Decode(response.Body, response.ContentType).Text;
        if (text is null)
        {
            return new ReadFailure(url, "the page holds no text");
        }

        var hints = FeedDocuments.Hints(item) with { Url = response.Url.AbsoluteUri };
        return new DocumentRead(RawDocumentFactory.Create(url, url, text, DocumentFormat.Html, hints));
    }
}
