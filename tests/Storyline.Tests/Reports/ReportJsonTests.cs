using System.Text.Json;
using Storyline.Reports;

namespace Storyline.Tests.Reports;

public sealed class ReportJsonTests
{
    [Fact]
    public void A_report_read_back_from_its_json_writes_the_same_json()
    {
        var json = ReportJson.Render(ReportSamples.Dam());

        var read = ReportJson.Read(json);

        Assert.NotNull(read);
        Assert.Equal(json, ReportJson.Render(read));
        Assert.Equal("hundreds", read.Claims[0].Values[2].Value);
    }

    [Fact]
    public void Property_names_are_camel_case()
    {
        using var json = JsonDocument.Parse(ReportJson.Render(ReportSamples.Dam()));
        var root = json.RootElement;

        Assert.Equal(
            ["story", "title", "sources", "summary", "timeline", "claims", "positions", "quotes", "coverage", "figuresCovered", "singleSourceQuotes", "singleSourceFigures"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1200, root.GetProperty("claims")[0].GetProperty("values")[0].GetProperty("number").GetDouble());
        Assert.Equal("https://news.example/dam?id=1", root.GetProperty("sources")[0].GetProperty("url").GetString());
    }
}
