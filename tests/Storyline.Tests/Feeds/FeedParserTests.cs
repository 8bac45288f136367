using System.Text;
using Storyline.Feeds;

namespace Storyline.Tests.Feeds;

public sealed class FeedParserTests
{
    [Fact]
    public void An_rss_item_gives_its_title_link_date_and_encoded_content()
    {
        var (items, _) = Parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>
            <item><title>Bridge reopens</title><link>https://example.org/bridge</link>
            <pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate><description>Short.</description>
            <content:encoded><![CDATA[<p>The bridge reopened.</p>]]></content:encoded></item>
            </channel></rss>
            """);

        var item = Assert.Single(items!);
        Assert.Equal("Bridge reopens", item.Title);
        Assert.Equal("https://example.org/bridge", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("<p>The bridge reopened.</p>", item.Html);
    }

    [Fact]
    public void An_atom_entry_gives_its_alternate_link_published_date_and_html_content()
    {
        var (items, _) = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>
            <entry><title>Mayor resigns</title><link rel="self" href="https://example.org/self"/>
            <link rel="alternate" href="https://example.org/mayor"/><published>2024-03-06T09:00:00+01:00</published>
            <content type="html">&lt;p&gt;The mayor resigned.&lt;/p&gt;</content></entry></feed>
            """);

        var item = Assert.Single(items!);
        Assert.Equal("https://example.org/mayor", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 9, 0, 0, TimeSpan.FromHours(1)), item.Published);
        Assert.Equal("<p>The mayor resigned.</p>", item.Html);
    }

    [Fact]
    public void A_billion_laughs_feed_is_refused_for_its_dtd()
    {
        var (items, failure) = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss><channel><item><title>&c;</title></item></channel></rss>
            """);

        Assert.Null(items);
        Assert.Contains("DTD", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_feed_is_refused_for_its_dtd()
    {
        var (items, failure) = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&secret;</title></item></channel></rss>
            """);

        Assert.Null(items);
        Assert.Contains("DTD", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_document_that_is_not_a_feed_is_named_as_such()
    {
        var (items, failure) = Parse("<catalog><book/></catalog>");

        Assert.Null(items);
        Assert.Contains("not an RSS or Atom feed", failure, StringComparison.Ordinal);
    }

    private static (IReadOnlyList<FeedItem>? Items, string? Failure) Parse(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return FeedParser.Parse(stream, 1_000_000);
    }
}
