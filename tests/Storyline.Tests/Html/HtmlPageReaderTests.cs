using Storyline.Documents;
using Storyline.Export;
using Storyline.Html;
using Storyline.Pipeline;

namespace Storyline.Tests.Html;

public class HtmlPageReaderTests
{
    private static RawDocument Page(string html) => new("p", "p.html", html, DocumentFormat.Html, DocumentHints.None);

    [Fact]
    public void Each_block_element_becomes_one_line()
    {
        var text = new HtmlPageReader().ToText(Page("<html><body><h1>Dam bursts</h1><p>The dam  burst\n on Friday.</p><p>Crews <b>searched</b> streets.</p></body></html>")).Text;

        Assert.Equal("Dam bursts\nThe dam burst on Friday.\nCrews searched streets.", text);
    }

    [Fact]
    public void Scripts_navigation_and_footers_are_dropped()
    {
        var text = new HtmlPageReader().ToText(Page("<body><nav>Home | World</nav><script>var x = 1;</script><p>Body.</p><footer>© Herald</footer></body>")).Text;

        Assert.Equal("Body.", text);
    }

    [Fact]
    public void The_page_title_becomes_the_title_hint_and_the_first_line()
    {
        var read = new HtmlPageReader().ToText(Page("<html><head><title>Dam bursts - Herald</title><meta property=\"og:title\" content=\"Dam bursts\"></head><body><p>Body.</p></body></html>"));

        Assert.Equal("Dam bursts", read.Hints.Title);
        Assert.Equal("Dam bursts\nBody.", read.Text);
        Assert.Equal(DocumentFormat.ExtractedText, read.Format);
    }

    [Fact]
    public void Byline_and_photo_credit_lines_of_an_extracted_page_are_not_body_text()
    {
        var html = "<html><head><title>Dam bursts</title></head><body><article><p>By Petra Ulm</p><p>© Medran Herald Photo Desk</p>"
            + "<p>The Korvel dam on the river Sarn burst before dawn on Friday, sending water through the lower districts of Medran.</p></article></body></html>";

        var article = new ArticleAnalyzer().Analyze(Page(html)).Article;

        Assert.Equal("The Korvel dam on the river Sarn burst before dawn on Friday, sending water through the lower districts of Medran.", article.Text);
        Assert.Equal("Petra Ulm", article.Author);
    }

    [Fact]
    public void Repeated_and_trailing_short_lines_of_an_extracted_page_stay()
    {
        var html = "<html><head><title>Tour dates</title></head><body><article><p>The band will play six more dates this summer, starting in Medran and ending by the coast.</p>"
            + "<ul><li>June 24 -- Medran Arena</li><li>June 26 -- Valdor Hall</li></ul><p>Meal 1</p><p>Meal 1</p></article></body></html>";

        var article = new ArticleAnalyzer().Analyze(Page(html)).Article;

        Assert.EndsWith("June 24 -- Medran Arena\n\nJune 26 -- Valdor Hall\n\nMeal 1\n\nMeal 1", article.Text);
    }

    [Fact]
    public void The_page_metadata_fills_the_hints_the_source_left_empty()
    {
        var html = "<html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Medran Herald\"><meta name=\"author\" content=\"Petra Ulm\">"
            + "<meta property=\"article:published_time\" content=\"2025-03-14\"></head><body><p>Body.</p></body></html>";
        var given = new RawDocument("p", "p.html", html, DocumentFormat.Html, new DocumentHints(Published: new DateOnly(2025, 3, 15)));

        var hints = new HtmlPageReader().ToText(given).Hints;

        Assert.Equal(new DocumentHints(Published: new DateOnly(2025, 3, 15), Outlet: "Medran Herald", Language: "en", Author: "Petra Ulm"), hints);
    }

    [Fact]
    public void An_html_page_is_analysed_as_its_text_and_keeps_the_hash_of_what_was_read()
    {
        var page = Page("<html><head><title>Dam bursts</title></head><body><p>“We lost everything,” said Dana Pell, a resident of Medran.</p></body></html>");

        var analyzed = new ArticleAnalyzer().Analyze(page);

        Assert.Equal("Dam bursts", analyzed.Article.Title);
        Assert.Equal("Dana Pell", Assert.Single(analyzed.Quotes).Speaker?.Name);
        Assert.Equal(ContentHash.Of(page.Text), analyzed.Article.ContentHash);
    }

    [Fact]
    public void The_canonical_address_and_modification_date_of_a_page_reach_the_exchange_record()
    {
        var page = Page("<html><head><link rel=\"canonical\" href=\"https://herald.example/dam-bursts\">"
            + "<meta property=\"article:published_time\" content=\"2025-03-14\"><meta property=\"article:modified_time\" content=\"2025-03-16T08:00:00Z\">"
            + "</head><body><p>The dam burst on Friday and crews searched the streets.</p></body></html>");

        var record = ArticleRecordBuilder.Build(new ArticleAnalyzer().Analyze(page));

        Assert.Equal("https://herald.example/dam-bursts", record.Url);
        Assert.Equal("2025-03-16", record.Modified);
    }
}
