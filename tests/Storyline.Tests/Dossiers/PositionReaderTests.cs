using Storyline.Dossiers;
using Storyline.Export;
using static Storyline.Tests.Dossiers.StoryRecords;

namespace Storyline.Tests.Dossiers;

public class PositionReaderTests
{
    private static PositionRecord Only(string text, QuoteRecord quote) =>
        Assert.Single(new DossierBuilder().Build([Article("a", text, quotes: [quote])]).Positions);

    [Fact]
    public void Negated_acceptance_rejects_its_object()
    {
        const string Quote = "We will not accept any concessions";
        var position = Only($"\u201C{Quote},\u201D Russian Deputy Foreign Minister Sergei Ryabkov said.", new(Quote, "Sergei Ryabkov", "direct"));

        Assert.Equal(("reject", "concessions"), (position.Act, position.Issue));
    }

    [Fact]
    public void Negated_concession_rejects_the_action()
    {
        const string Quote = "We won't compromise on our fundamentals";
        var position = Only($"\u201C{Quote},\u201D NATO chief Jens Stoltenberg said.", new(Quote, "Jens Stoltenberg", "direct"));

        Assert.Equal(("reject", "compromise on our fundamentals"), (position.Act, position.Issue));
    }

    [Fact]
    public void Reporting_verb_names_the_act_and_the_issue_follows_the_party()
    {
        const string Quote = "Moscow with sanctions if it attacks Ukraine";
        var position = Only($"US President Joe Biden threatened {Quote}.", new(Quote, "Joe Biden", "indirect"));

        Assert.Equal(("threaten", "sanctions if it attacks ukraine"), (position.Act, position.Issue));
    }

    [Fact]
    public void Penalty_announced_for_the_future_threatens()
    {
        const string Quote = "Moscow will take retaliatory measures";
        var position = Only($"\u201C{Quote},\u201D Russian Foreign Minister Sergei Lavrov said.", new(Quote, "Sergei Lavrov", "direct"));

        Assert.Equal(("threaten", "retaliatory measures"), (position.Act, position.Issue));
    }

    [Fact]
    public void Actor_is_the_country_that_titles_the_speaker()
    {
        const string Quote = "We will not accept any concessions";
        var position = Only($"\u201C{Quote},\u201D Ukrainian Foreign Minister Dmytro Kuleba said.", new(Quote, "Dmytro Kuleba", "direct"));

        Assert.Equal(("Ukraine", "Dmytro Kuleba"), (position.Actor, position.Speaker));
    }

    [Fact]
    public void Seat_of_government_speaks_for_its_state()
    {
        const string Quote = "it has no plans to invade";
        var position = Only($"The Kremlin denied {Quote}.", new(Quote, "Kremlin", "indirect"));

        Assert.Equal(("Russia", null, "deny"), (position.Actor, position.Speaker, position.Act));
    }

    [Fact]
    public void Speaker_without_known_affiliation_takes_no_position()
    {
        const string Quote = "We will not accept any concessions";
        var positions = new DossierBuilder().Build([Article("a", $"\u201C{Quote},\u201D John Smith said.", quotes: [new(Quote, "John Smith", "direct")])]).Positions;

        Assert.Empty(positions);
    }

    [Fact]
    public void Organisation_named_as_such_speaks_for_itself()
    {
        const string Quote = "the levee was never at risk";
        var article = Article(
            "a",
            $"Brenmark Water denied {Quote}, the company said.",
            quotes: [new(Quote, "Brenmark Water", "indirect")],
            entities: [new("Brenmark Water", "ORG", ["Brenmark Water"])]);

        var position = Assert.Single(new DossierBuilder().Build([article]).Positions);

        Assert.Equal(("Brenmark Water", "deny"), (position.Actor, position.Act));
    }

    [Fact]
    public void Statement_that_performs_no_known_act_takes_no_position()
    {
        const string Quote = "The weather in Geneva is pleasant";
        var positions = new DossierBuilder().Build([Article("a", $"\u201C{Quote},\u201D Russian diplomat Sergei Ryabkov said.", quotes: [new(Quote, "Sergei Ryabkov", "direct")])]).Positions;

        Assert.Empty(positions);
    }

    [Fact]
    public void Partial_quotation_keeps_the_words_around_it_as_its_issue()
    {
        var position = Only("Russian diplomat Sergei Ryabkov ruled out making any \u201Cconcessions\u201D in the talks.", new("concessions", "Sergei Ryabkov", "partial"));

        Assert.Equal(("reject", "making any concessions in the talks"), (position.Act, position.Issue));
    }
}
