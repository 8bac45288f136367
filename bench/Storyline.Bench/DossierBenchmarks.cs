using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Dossiers;
using Storyline.Export;
using Storyline.Reports;

namespace Storyline.Bench;

/// <summary>
/// Cost of building the dossier of one large story: generated article records with a dozen
/// paragraphs, figures, dated times and quotes each, spread over events across a month, one in ten
/// a re-published copy; and the same with its HTML report. The goal is well under a second for 1,000 articles.
/// </summary>
[MemoryDiagnoser]
public class DossierBenchmarks
{
    private static readonly string[] Units = ["troops", "people", "lives", "tanks", "warships", "refugees"];
    private static readonly string[] Qualifiers = ["exact", "about", "over", "estimate"];
    private static readonly string[] Outlets = ["AFP", "Reuters", "CNN", "BBC", "Euronews", "AP", "DW"];

    private readonly DossierBuilder _builder = new();
    private List<ArticleRecord> _story = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void GenerateStory()
    {
        var random = new Random(11);
        _story = [.. Enumerable.Range(0, Articles).Select(i => Generate(random, i))];
    }

    [Benchmark]
    public int BuildDossier()
    {
        var dossier = _builder.Build(_story);
        return dossier.Summary.Count + dossier.Timeline.Count + dossier.Claims.Count + dossier.Coverage.Quotes.Count;
    }

    /// <summary>The dossier and its standalone HTML report, as <c>storyline report --format html</c> makes them.</summary>
    [Benchmark]
    public int BuildDossierAndHtmlReport() =>
        HtmlReport.Page(StoryReport.From("story", "A story", _story, _builder.Build(_story))).Length;

    private static ArticleRecord Generate(Random random, int index)
    {
        var id = "article-" + index.ToString(CultureInfo.InvariantCulture);
        var published = new DateOnly(2022, 1, 1).AddDays(index % 30);
        var text = new StringBuilder();
        for (var p = 0; p < 12; p++)
        {
            for (var s = 0; s < 3; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Officials in Capital{random.Next(20)} said that {random.Next(1000, 100_000)} troops of Country{random.Next(15)} ")
                    .Append(CultureInfo.InvariantCulture, $"moved towards topic{random.Next(300)} and region{random.Next(300)} near subject{random.Next(300)} on Friday. ");
            }

            text.Append("\n\n");
        }

        var numbers = Enumerable.Range(0, 6).Select(_ =>
        {
            var value = (double)(random.Next(90, 110) * 1000);
            return new NumberRecord(value.ToString(CultureInfo.InvariantCulture), value, Units[random.Next(Units.Length)],
                Qualifiers[random.Next(Qualifiers.Length)], "Officials said the figure was stated in this sentence.");
        });
        var quotes = Enumerable.Range(0, 8).Select(_ =>
            new QuoteRecord($"We will not accept proposal{random.Next(200)} about issue{random.Next(200)}", $"Speaker{random.Next(40)}", "direct"));
        var times = Enumerable.Range(0, 4).Select(_ =>
        {
            var day = published.AddDays(-random.Next(10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new TimeRecord(day, "DATE", day);
        });
        return new ArticleRecord(
            Id: id,
            Title: "Title " + id,
            Published: published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Outlets: [Outlets[random.Next(Outlets.Length)]],
            Dateline: null,
            Text: text.ToString(),
            Entities: [],
            Quotes: [.. quotes],
            Numbers: [.. numbers],
            Times: [.. times],
            Event: "event-" + (index / 20).ToString(CultureInfo.InvariantCulture),
            Story: "story-1",
            DuplicateOf: index % 10 == 9 ? "article-" + (index - 1).ToString(CultureInfo.InvariantCulture) : null,
            Author: null,
            Origin: null);
    }
}
