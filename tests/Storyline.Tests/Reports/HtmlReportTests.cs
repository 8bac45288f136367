using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Reports;

namespace Storyline.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly string Html = HtmlReport.Page(ReportSamples.Dam());
    private static readonly IDocument Page = new HtmlParser().ParseDocument(Html);

    [Theory]
    [InlineData("summary", "Summary")]
    [InlineData("timeline", "Timeline")]
    [InlineData("figures", "Figures and disagreements")]
    [InlineData("positions", "Positions")]
    [InlineData("quotes", "Quotes by speaker")]
    [InlineData("coverage", "Coverage by outlet")]
    public void Every_section_is_present_with_its_heading(string id, string heading)
    {
        var section = Page.QuerySelector($"section#{id}");

        Assert.NotNull(section);
        Assert.Equal(heading, section.QuerySelector("h2")?.TextContent);
    }

    [Fact]
    public void Markup_in_the_text_is_shown_as_text()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html, StringComparison.Ordinal);
        Assert.Contains(ReportSamples.Hostile, Page.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_summary_sentence_cites_its_outlet_and_date()
    {
        var sentences = Page.QuerySelectorAll("#summary li");

        Assert.Equal(2, sentences.Length);
        Assert.Equal("[AFP, 2025-03-14]", sentences[0].QuerySelector(".cite")?.TextContent);
        Assert.Equal("[Medran Herald, 2025-03-15]", sentences[1].QuerySelector(".cite")?.TextContent);
    }

    [Fact]
    public void A_citation_links_to_the_article_only_when_it_came_from_a_web_address()
    {
        var cites = Page.QuerySelectorAll("#summary .cite");

        Assert.Equal("https://news.example/dam?id=1", cites[0].GetAttribute("href"));
        Assert.Null(cites[1].GetAttribute("href"));
    }

    [Fact]
    public void The_page_stands_alone_and_fits_a_phone()
    {
        Assert.Empty(Page.QuerySelectorAll("script, link, img, iframe, [src]"));
        Assert.Equal("width=device-width, initial-scale=1", Page.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Contains("max-width", Page.QuerySelector("head style")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Disagreeing_figures_are_flagged_and_set_side_by_side_with_their_sentences()
    {
        var claim = Page.QuerySelector("#figures")!;

        Assert.Equal("sources disagree", claim.QuerySelector("h3 .disagree")?.TextContent);
        var rows = claim.QuerySelectorAll("tbody tr");
        Assert.Equal(["1,200", "1,500", "hundreds"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Contains("About 1,500 people fled.", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_shows_actor_issue_stance_and_evidence()
    {
        var cells = Page.QuerySelectorAll("#positions tbody tr > *").Select(c => c.TextContent).ToList();

        Assert.Equal(["Valdoria", "any delay | of the inquiry", "reject", "Ilona Mareck"], cells.Take(4));
        Assert.StartsWith("Mareck said she would not accept any delay.", cells[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_are_grouped_under_their_speaker_with_the_unattributed_last()
    {
        Assert.Equal(["Ilona Mareck", "Unattributed"], Page.QuerySelectorAll("#quotes h3").Select(h => h.TextContent));
    }

    [Fact]
    public void Coverage_names_what_only_one_source_reports()
    {
        var single = Page.QuerySelectorAll("#coverage ul")[^1].TextContent;

        Assert.Contains("1,200 people", single, StringComparison.Ordinal);
        Assert.Contains("It sounded like", single, StringComparison.Ordinal);
        Assert.DoesNotContain("We will rebuild", single, StringComparison.Ordinal);
    }
}
