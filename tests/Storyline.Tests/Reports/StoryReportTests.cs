using Storyline.Export;
using Storyline.Reports;
using Storyline.Tests.Dossiers;

namespace Storyline.Tests.Reports;

public sealed class StoryReportTests
{
    [Theory]
    [InlineData("https://news.example/a", "https://news.example/a")]
    [InlineData("/data/in/a.txt", null)]
    [InlineData("ftp://files.example/a.txt", null)]
    public void A_source_has_a_web_address_only_when_it_came_from_one(string origin, string? url)
    {
        var source = ReportSource.Of(StoryRecords.Article("a") with { Origin = origin });

        Assert.Equal(url, source.Url);
    }

    [Fact]
    public void The_canonical_address_a_page_names_wins_over_the_file_it_was_read_from()
    {
        var source = ReportSource.Of(StoryRecords.Article("a") with { Origin = "/data/in/a.html", Url = "https://news.example/a" });

        Assert.Equal("https://news.example/a", source.Url);
    }

    [Fact]
    public void A_citation_reads_outlets_and_date_or_the_article_id()
    {
        Assert.Equal("AFP, Reuters, 2025-03-14", ReportSource.Of(StoryRecords.Article("a", published: "2025-03-14", outlets: ["AFP", "Reuters"])).Label());
        Assert.Equal("a", ReportSource.Of(StoryRecords.Article("a")).Label());
    }

    [Fact]
    public void A_whole_figure_is_written_with_thousands_separators()
    {
        var report = ReportSamples.Dam();

        Assert.Equal("1,200", report.Claims[0].Values[0].Value);
        Assert.Equal(1200, report.Claims[0].Values[0].Number);
        Assert.Null(report.Claims[0].Values[2].Number);
    }

    [Fact]
    public void An_item_from_articles_that_name_no_outlet_is_carried_by_those_articles()
    {
        Assert.Equal("AFP, Reuters", StoryReport.CarriedBy(new CoveredItemRecord("11 people", null, ["AFP", "Reuters"], ["a", "b"], false)));
        Assert.Equal("a, b", StoryReport.CarriedBy(new CoveredItemRecord("11 people", null, [], ["a", "b", "a"], false)));
    }

    [Fact]
    public void Coverage_is_counted_per_outlet()
    {
        var coverage = ReportSamples.Dam().Coverage;

        Assert.Equal(["AFP", "Medran Herald"], coverage.Select(o => o.Outlet));
        Assert.Equal((1, 1, 1), (coverage[0].Quotes.Count, coverage[0].Figures.Count, coverage[0].SingleSource));
        Assert.Equal((2, 0, 1), (coverage[1].Quotes.Count, coverage[1].Figures.Count, coverage[1].SingleSource));
    }
}
