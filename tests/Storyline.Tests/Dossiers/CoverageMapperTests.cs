using Storyline.Dossiers;
using Storyline.Export;
using static Storyline.Tests.Dossiers.StoryRecords;

namespace Storyline.Tests.Dossiers;

public class CoverageMapperTests
{
    private static readonly QuoteRecord Quote = new("We will not accept any concessions", "Sergei Ryabkov", "direct");

    [Fact]
    public void Quotation_lists_every_outlet_that_carries_it()
    {
        var coverage = new DossierBuilder().Build([
            Article("a", outlets: ["AFP"], quotes: [Quote]),
            Article("b", outlets: ["CNN"], quotes: [Quote with { Text = "We will not accept any concessions," }]),
        ]).Coverage;

        var item = Assert.Single(coverage.Quotes);
        Assert.Equal(["AFP", "CNN"], item.Outlets);
        Assert.False(item.SingleSource);
    }

    [Fact]
    public void Quotation_carried_only_by_an_original_and_its_copy_is_single_source()
    {
        var coverage = new DossierBuilder().Build([
            Article("a", outlets: ["AFP"], quotes: [Quote]),
            Article("b", outlets: ["Euronews"], quotes: [Quote], duplicateOf: "a"),
        ]).Coverage;

        Assert.True(Assert.Single(coverage.Quotes).SingleSource);
    }

    [Fact]
    public void Figure_reported_by_one_source_is_single_source()
    {
        var coverage = new DossierBuilder().Build([
            Article("a", outlets: ["AFP"], numbers: [Figure(94_300, "troops", "estimate")]),
            Article("b", outlets: ["CNN"], numbers: [Figure(100_000, "troops", "about")]),
        ]).Coverage;

        Assert.All(coverage.Figures, f => Assert.True(f.SingleSource));
        Assert.Equal(2, coverage.Figures.Count);
    }
}
