using Storyline.Dossiers;
using static Storyline.Tests.Dossiers.StoryRecords;

namespace Storyline.Tests.Dossiers;

public class SummaryWriterTests
{
    private const string Lead = "Russian troops massed near the border of Ukraine on Friday, officials in Kyiv said.";
    private const string NearRepeat = "Officials in Kyiv said Russian troops massed near the border of Ukraine on Friday evening.";
    private const string Other = "The foreign ministers of both countries will meet in Geneva next week to discuss the crisis.";

    [Fact]
    public void Summary_cites_the_article_of_each_sentence()
    {
        var summary = new DossierBuilder().Build([Article("a", Lead), Article("b", Other)]).Summary;

        Assert.Contains(summary, s => s.Text == Lead && s.Article == "a");
        Assert.Contains(summary, s => s.Text == Other && s.Article == "b");
    }

    [Fact]
    public void Summary_skips_a_sentence_that_mostly_repeats_a_chosen_one()
    {
        var summary = new DossierBuilder().Build([Article("a", Lead), Article("b", NearRepeat)]).Summary;

        Assert.Single(summary);
    }

    [Fact]
    public void Summary_holds_at_most_the_configured_number_of_sentences()
    {
        var summary = new DossierBuilder(new DossierOptions(SummarySentences: 1)).Build([Article("a", Lead), Article("b", Other)]).Summary;

        Assert.Single(summary);
    }

    [Fact]
    public void Summary_never_takes_a_short_sentence()
    {
        var summary = new DossierBuilder().Build([Article("a", "Talks failed.")]).Summary;

        Assert.Empty(summary);
    }

    [Fact]
    public void Summary_never_takes_page_furniture()
    {
        var summary = new DossierBuilder().Build([Article("a", "Sign up for our newsletter to get the latest news from Ukraine every morning.")]).Summary;

        Assert.Empty(summary);
    }

    [Fact]
    public void Summary_does_not_take_sentences_from_a_copy()
    {
        var summary = new DossierBuilder().Build([Article("a", Lead), Article("b", Other, duplicateOf: "a")]).Summary;

        Assert.DoesNotContain(summary, s => s.Article == "b");
    }
}
