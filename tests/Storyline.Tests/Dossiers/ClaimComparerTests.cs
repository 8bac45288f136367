using Storyline.Dossiers;
using static Storyline.Tests.Dossiers.StoryRecords;

namespace Storyline.Tests.Dossiers;

public class ClaimComparerTests
{
    private static readonly DossierBuilder Builder = new();

    [Fact]
    public void About_figure_agrees_with_an_exact_one_within_five_percent()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(100_000, "troops", "about")]),
            Article("b", numbers: [Figure(97_000, "troops")]),
        ]).Claims;

        Assert.False(Assert.Single(claims).Disagree);
    }

    [Fact]
    public void About_figure_disagrees_with_an_exact_one_further_off()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(100_000, "troops", "about")]),
            Article("b", numbers: [Figure(94_300, "troops", "estimate")]),
        ]).Claims;

        Assert.True(Assert.Single(claims).Disagree);
    }

    [Fact]
    public void Two_different_exact_figures_disagree()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(15_000, "troops")]),
            Article("b", numbers: [Figure(15_200, "troops")]),
        ]).Claims;

        Assert.True(Assert.Single(claims).Disagree);
    }

    [Fact]
    public void Lower_bound_disagrees_with_a_figure_well_above_it()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(15_000, "lives")]),
            Article("b", numbers: [Figure(14_000, "people", "over", "Over 14,000 people have been killed.")]),
        ]).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("people killed", claim.Subject);
        Assert.True(claim.Disagree);
    }

    [Fact]
    public void Vague_figure_is_listed_but_disagrees_with_nothing()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(100_000, "troops", "about")]),
            Article("b", numbers: [Figure(null, "troops", "vague")]),
        ]).Claims;

        var claim = Assert.Single(claims);
        Assert.False(claim.Disagree);
        Assert.Contains(claim.Values, v => v.Value is "tens of thousands");
    }

    [Fact]
    public void Synonymous_units_are_one_subject()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(5_000, "soldiers")]),
            Article("b", numbers: [Figure(5_000, "troops")]),
        ]).Claims;

        Assert.Equal("troops", Assert.Single(claims).Subject);
    }

    [Fact]
    public void Copy_is_not_a_second_source()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(5_000, "troops")]),
            Article("b", numbers: [Figure(5_000, "troops")], duplicateOf: "a"),
        ]).Claims;

        Assert.Empty(claims);
    }

    [Fact]
    public void Copy_is_listed_under_its_originals_figure_with_one_source()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(5_000, "troops")]),
            Article("b", numbers: [Figure(5_000, "troops")], duplicateOf: "a"),
            Article("c", numbers: [Figure(5_000, "troops")]),
        ]).Claims;

        var value = Assert.Single(Assert.Single(claims).Values);
        Assert.Equal(["a", "b", "c"], value.Articles);
        Assert.Equal(2, value.Sources);
    }

    [Fact]
    public void Figures_an_order_of_magnitude_apart_count_different_things()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(100, "troops"), Figure(100_000, "troops")]),
            Article("b", numbers: [Figure(100, "troops"), Figure(100_000, "troops")]),
        ]).Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.False(c.Disagree));
    }

    [Fact]
    public void Claim_keeps_the_sentences_that_state_it()
    {
        var claims = Builder.Build([
            Article("a", numbers: [Figure(5_000, "troops", sentence: "Some 5,000 troops moved.")]),
            Article("b", numbers: [Figure(5_000, "troops", sentence: "It sent 5,000 troops.")]),
        ]).Claims;

        Assert.Equal(["Some 5,000 troops moved.", "It sent 5,000 troops."], Assert.Single(Assert.Single(claims).Values).Sentences);
    }
}
