using Storyline.Feeds;
using Storyline.Ingest;
using Storyline.Tests.Ingest;

namespace Storyline.Tests.Feeds;

public sealed class FeedFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FeedFileReader _reader = new(IngestOptions.Default);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_item_is_named_by_its_link_so_a_feed_saved_again_with_a_new_item_on_top_keeps_its_ids()
    {
        var older = _folder.Write("a.rss", Feed(("Old", "https://example.org/old")));
        var newer = _folder.Write("b.rss", Feed(("New", "https://example.org/new"), ("Old", "https://example.org/old")));

        var first = _reader.Read(older).Cast<DocumentRead>().Select(r => r.Document.Id);
        var second = _reader.Read(newer).Cast<DocumentRead>().Select(r => r.Document.Id);

        Assert.Equal(["https://example.org/old"], first);
        Assert.Equal(["https://example.org/new", "https://example.org/old"], second);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_one_failure_naming_the_file()
    {
        var path = _folder.Write("bad.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel/></rss>");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal(path, failure.Origin);
        Assert.Contains("DTD", failure.Reason, StringComparison.Ordinal);
    }

    private static string Feed(params (string Title, string Link)[] items) =>
        "<rss version=\"2.0\"><channel>" +
        string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><description>&lt;p&gt;{i.Title} story.&lt;/p&gt;</description></item>")) +
        "</channel></rss>";
}
