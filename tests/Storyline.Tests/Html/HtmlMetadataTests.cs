using Storyline.Html;

namespace Storyline.Tests.Html;

public class HtmlMetadataTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static HtmlMetadata Read(string head, string body = "<p>Body.</p>", string? url = null) =>
        Extractor.Extract($"<html><head>{head}</head><body>{body}</body></html>", url).Metadata;

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void The_json_ld_article_gives_headline_dates_author_publisher_and_language()
    {
        var metadata = Read(JsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam bursts above Medran",
             "datePublished":"2025-03-14T06:10:00+01:00","dateModified":"2025-03-15T09:00:00+01:00",
             "author":[{"@type":"Person","name":"Petra Ulm"},{"@type":"Person","name":"Jon Vass"}],
             "publisher":{"@type":"Organization","name":"Medran Herald"},"inLanguage":"en-GB"}
            """));

        Assert.Equal(new HtmlMetadata("Dam bursts above Medran", new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 15), "Petra Ulm, Jon Vass", "Medran Herald", "en", null), metadata);
    }

    [Fact]
    public void The_article_is_found_inside_a_json_ld_graph()
    {
        var metadata = Read(JsonLd("""
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Herald"},
             {"@type":["ReportageNewsArticle"],"headline":"Inquiry opens","datePublished":"2025-04-02"}]}
            """));

        Assert.Equal("Inquiry opens", metadata.Title);
        Assert.Equal(new DateOnly(2025, 4, 2), metadata.Published);
    }

    [Fact]
    public void A_json_ld_script_that_is_not_valid_json_is_passed_over()
    {
        var metadata = Read(JsonLd("{\"@type\":\"NewsArticle\",") + "<meta property=\"article:published_time\" content=\"2025-03-14\">");

        Assert.Equal(new DateOnly(2025, 3, 14), metadata.Published);
    }

    [Fact]
    public void Open_graph_and_article_meta_tags_give_what_json_ld_does_not()
    {
        var metadata = Read("""
            <meta property="og:title" content="Dam bursts | Medran Herald"><meta property="og:site_name" content="Medran Herald">
            <meta property="article:published_time" content="2025-03-14T23:30:00-05:00"><meta name="author" content="By Petra Ulm">
            <link rel="canonical" href="/news/dam-bursts">
            """, url: "https://herald.example/news/dam-bursts?ref=feed");

        Assert.Equal("Dam bursts", metadata.Title);
        Assert.Equal("Medran Herald", metadata.SiteName);
        Assert.Equal(new DateOnly(2025, 3, 14), metadata.Published);
        Assert.Equal("Petra Ulm", metadata.Author);
        Assert.Equal("https://herald.example/news/dam-bursts", metadata.CanonicalUrl);
    }

    [Fact]
    public void Parsely_and_dublin_core_dates_are_read()
    {
        Assert.Equal(new DateOnly(2025, 1, 9), Read("<meta name=\"parsely-pub-date\" content=\"2025-01-09T10:00:00Z\">").Published);
        Assert.Equal(new DateOnly(2025, 1, 9), Read("<meta name=\"DC.date.issued\" content=\"2025-01-09\">").Published);
    }

    [Fact]
    public void A_time_element_marked_as_the_publication_date_is_read()
    {
        var metadata = Read("", "<article><time itemprop=\"datePublished\" datetime=\"2025-02-20T08:00\">20 Feb</time><p>Body.</p></article>");

        Assert.Equal(new DateOnly(2025, 2, 20), metadata.Published);
    }

    [Fact]
    public void An_unmarked_time_element_is_not_taken_for_the_publication_date()
    {
        var metadata = Read("", "<div class=\"clock\"><time datetime=\"2025-02-20\">Thursday</time></div><p>Body.</p>");

        Assert.Null(metadata.Published);
    }

    [Fact]
    public void A_date_that_cannot_be_trusted_stays_null()
    {
        Assert.Null(Read("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">").Published);
        Assert.Null(Read("<meta property=\"article:published_time\" content=\"2999-05-01\">").Published);
        Assert.Null(Read("<meta property=\"article:published_time\" content=\"yesterday\">").Published);
    }

    [Fact]
    public void A_modification_date_before_the_publication_date_is_dropped()
    {
        var metadata = Read("<meta property=\"article:published_time\" content=\"2025-03-14\"><meta property=\"article:modified_time\" content=\"2020-01-01\">");

        Assert.Null(metadata.Modified);
    }

    [Fact]
    public void An_author_given_as_a_link_is_not_a_name()
    {
        Assert.Null(Read("<meta property=\"article:author\" content=\"https://www.facebook.com/herald\">").Author);
    }

    [Fact]
    public void The_language_comes_from_the_html_element()
    {
        var metadata = Extractor.Extract("<html lang=\"pt-BR\"><body><p>Corpo.</p></body></html>").Metadata;

        Assert.Equal("pt", metadata.Language);
    }

    [Fact]
    public void A_page_with_no_metadata_still_gives_its_body()
    {
        var article = Extractor.Extract("<body><p>The Korvel dam on the river Sarn burst before dawn on Friday, sending water through Medran.</p></body>");

        Assert.Equal(HtmlMetadata.None, article.Metadata);
        Assert.Single(article.Blocks);
    }
}
