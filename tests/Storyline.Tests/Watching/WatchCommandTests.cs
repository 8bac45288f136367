using Storyline.Tests.Cli;
using Storyline.Tests.Ingest;

namespace Storyline.Tests.Watching;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalWebServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Watch_once_stores_the_feed_article_and_a_second_run_gets_a_304_and_fetches_nothing()
    {
        var article = _server.Url("/harbour");
        _server.Serve("/feed.xml", "application/rss+xml", $"<rss version=\"2.0\"><channel><item><title>Harbour</title><link>{article}</link></item></channel></rss>", etag: "\"v1\"");
        _server.Serve("/harbour", "text/html", "<html><body><article><p>The council of Ardmore voted on Tuesday to rebuild the harbour wall, the mayor said.</p></article></body></html>");

        var first = CliProcess.Run(_folder.Path, "watch", _server.Url("/feed.xml").AbsoluteUri, "--once", "--allow-private", "--db", "s.db");
        var second = CliProcess.Run(_folder.Path, "watch", _server.Url("/feed.xml").AbsoluteUri, "--once", "--allow-private", "--db", "s.db");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("store holds 1", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, _server.Requests["/harbour"]);
        Assert.Equal(1, _server.NotModified["/feed.xml"]);
    }

    [Fact]
    public void Watch_refuses_a_loopback_feed_without_allow_private()
    {
        _server.Serve("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel></channel></rss>");

        var (exitCode, _, errors) = CliProcess.Run(_folder.Path, "watch", _server.Url("/feed.xml").AbsoluteUri, "--once", "--db", "s.db");

        Assert.Equal(0, exitCode);
        Assert.Contains("--allow-private", errors, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
