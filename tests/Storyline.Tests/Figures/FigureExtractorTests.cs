using Storyline.Documents;
using Storyline.Figures;

namespace Storyline.Tests.Figures;

public class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Extract(text, TestLayouts.Of(text));

    private static Figure Single(string text) => Assert.Single(Extract(text));

    [Fact]
    public void A_count_takes_its_head_noun_as_unit_and_skips_adjectives()
    {
        var figure = Single("Russia moved 94,300 Russian troops to the border.");

        Assert.Equal(94300, figure.Value);
        Assert.Equal("troops", figure.Unit);
        Assert.Equal(FigureQualifier.Exact, figure.Qualifier);
        Assert.Equal("94,300", figure.Text);
    }

    [Fact]
    public void A_strong_compound_counts_the_body_it_names()
    {
        var figure = Single("Russia massed a 100,000-strong force.");

        Assert.Equal(100_000, figure.Value);
        Assert.Equal("100,000-strong", figure.Text);
        Assert.Equal("force", figure.Unit);
    }

    [Fact]
    public void The_unit_ends_before_an_of_phrase()
    {
        Assert.Equal("lives", Single("We paid 15,000 lives of our citizens.").Unit);
    }

    [Fact]
    public void A_plural_noun_followed_by_a_verb_ends_the_unit()
    {
        Assert.Equal("warships", Single("Then 40 warships sailed north.").Unit);
    }

    [Fact]
    public void Figure_span_and_sentence_point_into_the_text()
    {
        const string text = "It rained. Officials counted 120 boats.";

        var figure = Single(text);

        Assert.Equal("120", figure.Span.Of(text));
        Assert.Equal("boats", figure.UnitSpan!.Value.Of(text));
        Assert.Equal("Officials counted 120 boats.", figure.Sentence.Of(text));
    }

    [Theory]
    [InlineData("about 100,000 troops")]
    [InlineData("around 100,000 troops")]
    [InlineData("nearly 100,000 troops")]
    [InlineData("some 100,000 troops")]
    [InlineData("roughly 100,000 troops")]
    public void Approximating_words_give_about(string text)
    {
        var figure = Single(text);

        Assert.Equal(FigureQualifier.About, figure.Qualifier);
        Assert.Equal(text[..^" troops".Length], figure.Text);
    }

    [Theory]
    [InlineData("Over 14,000 people died.")]
    [InlineData("More than 14,000 people died.")]
    [InlineData("At least 14,000 people died.")]
    public void Lower_bound_words_give_over(string text)
    {
        var figure = Single(text);

        Assert.Equal(FigureQualifier.Over, figure.Qualifier);
        Assert.Equal(14000, figure.Value);
        Assert.Equal("people", figure.Unit);
    }

    [Theory]
    [InlineData("fewer than 500 people")]
    [InlineData("under 500 people")]
    [InlineData("less than 500 people")]
    [InlineData("up to 500 people")]
    [InlineData("as many as 500 people")]
    public void Upper_bound_words_give_under(string text)
    {
        Assert.Equal(FigureQualifier.Under, Single(text).Qualifier);
    }

    [Fact]
    public void The_estimated_figure_is_an_estimate()
    {
        var figure = Single("Russia could withdraw the estimated 100,000 troops it has deployed.");

        Assert.Equal(FigureQualifier.Estimate, figure.Qualifier);
        Assert.Equal("estimated 100,000", figure.Text);
        Assert.Equal("troops", figure.Unit);
    }

    [Fact]
    public void A_figure_without_a_noun_takes_its_unit_from_the_number_of_its_subject()
    {
        var figure = Single("The number of Russian troops in the area was estimated to be 94,300.");

        Assert.Equal(94300, figure.Value);
        Assert.Equal("troops", figure.Unit);
        Assert.Equal(FigureQualifier.Estimate, figure.Qualifier);
    }

    [Fact]
    public void Tens_of_thousands_is_a_vague_figure_with_a_unit()
    {
        var figure = Single("Moscow massed tens of thousands of troops on the border.");

        Assert.Equal("tens of thousands", figure.Text);
        Assert.Null(figure.Value);
        Assert.Equal("troops", figure.Unit);
        Assert.Equal(FigureQualifier.Vague, figure.Qualifier);
    }

    [Theory]
    [InlineData("dozens of warships sailed", "dozens", "warships")]
    [InlineData("hundreds of protesters", "hundreds", "protesters")]
    [InlineData("several thousand soldiers", "several thousand", "soldiers")]
    public void Orders_of_magnitude_are_vague(string text, string written, string unit)
    {
        var figure = Single(text);

        Assert.Equal(written, figure.Text);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureQualifier.Vague, figure.Qualifier);
    }

    [Theory]
    [InlineData("two million people", 2_000_000)]
    [InlineData("three ships", 3)]
    [InlineData("twenty-five ships", 25)]
    [InlineData("a dozen ships", 12)]
    [InlineData("three hundred thousand ships", 300_000)]
    public void Spelled_out_numbers_have_their_value(string text, double value)
    {
        Assert.Equal(value, Single(text).Value);
    }

    [Fact]
    public void A_spelled_out_figure_keeps_its_qualifier_and_unit()
    {
        var figure = Single("Roughly forty thousand refugees crossed the bridge.");

        Assert.Equal(40_000, figure.Value);
        Assert.Equal(FigureQualifier.About, figure.Qualifier);
        Assert.Equal("refugees", figure.Unit);
    }

    [Fact]
    public void A_scale_word_multiplies_a_decimal()
    {
        Assert.Equal(1_200_000, Single("1.2 million barrels").Value);
    }

    [Fact]
    public void One_alone_is_not_a_figure()
    {
        Assert.Empty(Extract("One official said no one came."));
    }

    [Fact]
    public void A_spelled_number_without_a_noun_is_not_a_figure()
    {
        Assert.Empty(Extract("The two turned vicious."));
    }

    [Theory]
    [InlineData("$5 billion", 5e9, "USD")]
    [InlineData("5 billion dollars", 5e9, "USD")]
    [InlineData("€40m", 40e6, "EUR")]
    [InlineData("£300", 300, "GBP")]
    public void Money_has_its_currency_as_unit(string text, double value, string currency)
    {
        var figure = Single(text);

        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(value, figure.Value);
        Assert.Equal(currency, figure.Unit);
    }

    [Theory]
    [InlineData("12%")]
    [InlineData("12 percent")]
    [InlineData("12 per cent")]
    public void Percentages_have_percent_as_unit(string text)
    {
        var figure = Single(text);

        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(12, figure.Value);
        Assert.Equal("percent", figure.Unit);
        Assert.Equal(text, figure.Text);
    }

    [Theory]
    [InlineData("10,000 to 15,000 troops")]
    [InlineData("10,000-15,000 troops")]
    [InlineData("10-15,000 troops")]
    [InlineData("between 10 and 15 thousand troops")]
    public void A_range_keeps_both_bounds(string text)
    {
        var figure = Single(text);

        Assert.Equal(10_000, figure.Value);
        Assert.Equal(15_000, figure.UpperValue);
        Assert.Equal("troops", figure.Unit);
    }

    [Fact]
    public void A_vote_tally_is_not_a_range()
    {
        Assert.Empty(Extract("The court made a 5-4 decision."));
    }

    [Theory]
    [InlineData("The talks lasted eight hours.")]
    [InlineData("He waited two weeks.")]
    [InlineData("The war has gone on for seven years.")]
    [InlineData("It came 3 hours ago.")]
    public void Durations_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("Fighting has gone on since 2014.")]
    [InlineData("They met on December 9.")]
    [InlineData("They met on 9 December.")]
    [InlineData("They met on Dec. 9.")]
    public void Years_and_dates_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("He came 2nd in the race.")]
    [InlineData("It was the first step.")]
    [InlineData("Music of the 1990s returned.")]
    public void Ordinals_and_decades_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("Watch the video 0:58")]
    [InlineData("The blast came at 8:30 p.m. on Monday.")]
    [InlineData("They met at 7pm.")]
    public void Clock_times_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("Germany halted the Nord Stream 2 gas pipeline.")]
    [InlineData("Cases of COVID-19 rose.")]
    [InlineData("The G7 met.")]
    [InlineData("Jets such as the Su-57 flew.")]
    public void Numbers_inside_names_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("Call 800-273-8255 for help.")]
    [InlineData("Jones, 25, said so.")]
    [InlineData("Among 18- to 24-year-old veterans, rates rose.")]
    [InlineData("One in 4 residents left.")]
    [InlineData("The post id 778257943577919488 was removed.")]
    public void Phone_numbers_ages_proportions_and_identifiers_are_not_figures(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void The_exchange_record_carries_text_value_unit_and_qualifier()
    {
        var record = Single("over 14,000 people").ToNumberRecord();

        Assert.Equal(new Storyline.Export.NumberRecord("over 14,000", 14000, "people", "over"), record);
    }

    [Fact]
    public void A_vague_figure_has_no_value_in_the_exchange_record()
    {
        var record = Single("tens of thousands of troops").ToNumberRecord();

        Assert.Null(record.Value);
        Assert.Equal("vague", record.Qualifier);
    }

    [Fact]
    public void Only_sentences_of_the_layout_are_read()
    {
        const string text = "First, 500 boats. Then 700 boats.";
        var layout = new Storyline.Text.TextLayout([], [TextSpan.FromBounds(17, text.Length)], []);

        var figure = Assert.Single(FigureExtractor.Extract(text, layout));

        Assert.Equal(700, figure.Value);
    }
}
