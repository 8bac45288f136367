using Storyline.Fetching;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;
using Storyline.Tests.Ingest;
using Storyline.Watching;

namespace Storyline.Tests.Watching;

public sealed class FeedWatcherTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalWebServer _server = new();
    private readonly List<string> _errors = [];

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Each_article_is_fetched_once_across_two_polls_and_the_unchanged_feed_answers_304()
    {
        ServeFeed("/a", "/b");

        using (var store = OpenStore())
        {
            await PollAsync(store, allowPrivate: true);
            await PollAsync(store, allowPrivate: true);
            Assert.Equal(2, store.Count());
        }

        Assert.Equal(1, _server.Requests["/a"]);
        Assert.Equal(1, _server.Requests["/b"]);
        Assert.Equal(2, _server.Requests["/feed.xml"]);
        Assert.Equal(1, _server.NotModified["/feed.xml"]);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task After_a_restart_the_saved_validators_still_get_a_304()
    {
        ServeFeed("/a");
        using (var store = OpenStore())
        {
            await PollAsync(store, allowPrivate: true);
        }

        using (var store = OpenStore())
        {
            await PollAsync(store, allowPrivate: true);
        }

        Assert.Equal(1, _server.NotModified["/feed.xml"]);
        Assert.Equal(1, _server.Requests["/a"]);
    }

    [Fact]
    public async Task An_article_robots_txt_disallows_is_not_fetched_and_is_reported()
    {
        _server.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        ServeFeed("/private/secret", "/a");

        using var store = OpenStore();
        await PollAsync(store, allowPrivate: true);

        Assert.False(_server.Requests.ContainsKey("/private/secret"));
        Assert.Equal(1, _server.Requests["/a"]);
        Assert.Contains(_errors, e => e.Contains("robots.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_loopback_feed_is_refused_without_allow_private()
    {
        ServeFeed("/a");

        using var store = OpenStore();
        await PollAsync(store, allowPrivate: false);

        Assert.Empty(_server.Requests);
        Assert.Contains(_errors, e => e.Contains("private or local address 127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirects_past_the_limit_are_refused()
    {
        _server.Redirect("/feed.xml", "/hop1");
        _server.Redirect("/hop1", "/hop2");
        _server.Redirect("/hop2", "/hop3");

        using var store = OpenStore();
        await PollAsync(store, allowPrivate: true, maxRedirects: 2);

        Assert.False(_server.Requests.ContainsKey("/hop3"));
        Assert.Contains(_errors, e => e.Contains("more than 2 redirects", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirects_within_the_limit_are_followed()
    {
        ServeFeed("/a");
        _server.Redirect("/old-feed", "/feed.xml");

        using var store = OpenStore();
        await PollAsync(store, allowPrivate: true, maxRedirects: 2, feedPath: "/old-feed");

        Assert.Equal(1, _server.Requests["/a"]);
    }

    private void ServeFeed(params string[] articlePaths)
    {
        var items = string.Concat(articlePaths.Select(p =>
            $"<item><title>Report {p}</title><link>{_server.Url(p)}</link><pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate></item>"));
        _server.Serve("/feed.xml", "application/rss+xml", $"<rss version=\"2.0\"><channel><title>Gazette</title>{items}</channel></rss>", etag: "\"v1\"");
        foreach (var path in articlePaths)
        {
            _server.Serve(path, "text/html; charset=utf-8", $"<html><head><title>Report {path}</title></head><body><article><h1>Report {path}</h1><p>The council of Ardmore voted on Tuesday to rebuild the harbour wall, the mayor said.</p></article></body></html>");
        }
    }

    private SqliteStore OpenStore() => SqliteStore.Open(Path.Combine(_folder.Path, "s.db"));

    private async Task PollAsync(SqliteStore store, bool allowPrivate, int maxRedirects = 5, string feedPath = "/feed.xml")
    {
        var options = new FetchOptions { AllowPrivate = allowPrivate, PerHostInterval = TimeSpan.Zero, MaxRedirects = maxRedirects, Timeout = TimeSpan.FromSeconds(10) };
        using var fetcher = new WebFetcher(options);
        var watcher = new FeedWatcher(fetcher, store, new AnalysisRun(new AnalysisRunOptions(IngestOptions.Default), store), IngestOptions.Default);
        await watcher.PollAsync([_server.Url(feedPath)], _errors.Add, CancellationToken.None);
    }
}
