using Storyline.Time;

namespace Storyline.Tests.Time;

public class TimeExpressionResolverTests
{
    /// <summary>A Saturday.</summary>
    private static readonly DateOnly Published = new(2021, 12, 4);

    private static TimeExpression Single(string text, DateOnly? published = null) =>
        Assert.Single(TimeExpressionResolver.Resolve(text, published ?? Published));

    [Theory]
    [InlineData("December 4, 2021")]
    [InlineData("4 December 2021")]
    [InlineData("2021-12-04")]
    [InlineData("December 04, 2021")]
    public void Full_dates_resolve_to_their_day(string text)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Date, expression.Type);
        Assert.Equal("2021-12-04", expression.Value);
        Assert.Equal(text, expression.Text);
    }

    [Fact]
    public void A_month_and_year_resolve_to_the_month()
    {
        Assert.Equal("2022-01", Single("January 2022").Value);
    }

    [Fact]
    public void A_year_resolves_to_itself()
    {
        var expression = Single("since 2014");

        Assert.Equal("2014", expression.Text);
        Assert.Equal("2014", expression.Value);
    }

    [Fact]
    public void A_decade_resolves_to_its_three_digits()
    {
        Assert.Equal("199", Single("in the 1990s").Value);
    }

    [Fact]
    public void A_day_without_a_year_is_the_latest_one_before_publication()
    {
        Assert.Equal("2016-02-13", Single("The Feb. 13 death of Justice Scalia", new DateOnly(2016, 9, 27)).Value);
    }

    [Fact]
    public void A_day_without_a_year_within_three_months_ahead_is_the_coming_one()
    {
        Assert.Equal("2016-11-08", Single("The outcome of the Nov. 8 election", new DateOnly(2016, 9, 27)).Value);
    }

    [Fact]
    public void An_abbreviated_month_keeps_its_full_stop_in_the_text()
    {
        var expression = Single("Dec. 4");

        Assert.Equal("Dec. 4", expression.Text);
        Assert.Equal("2021-12-04", expression.Value);
    }

    [Fact]
    public void A_weekday_in_a_report_is_the_closest_one_before_publication()
    {
        var expression = Single("Reznikov told parliament on Friday");

        Assert.Equal("Friday", expression.Text);
        Assert.Equal("2021-12-03", expression.Value);
    }

    [Fact]
    public void A_weekday_that_is_the_publication_day_is_that_day()
    {
        Assert.Equal("2021-12-04", Single("said on Saturday").Value);
    }

    [Fact]
    public void A_weekday_after_a_future_marker_is_the_closest_one_after_publication()
    {
        Assert.Equal("2021-12-06", Single("the ministers will meet on Monday").Value);
    }

    [Fact]
    public void A_weekday_of_saying_after_a_future_marker_is_in_the_past()
    {
        Assert.Equal("2021-11-29", Single("Talks will go on, he said on Monday").Value);
    }

    [Fact]
    public void A_future_marker_reaches_a_weekday_in_a_later_clause()
    {
        Assert.Equal("2021-12-06", Single("They will hold talks first, before the main meeting on Monday").Value);
    }

    [Fact]
    public void A_future_marker_in_an_earlier_sentence_does_not_reach_the_weekday()
    {
        Assert.Equal("2021-11-29", Single("Talks will go on. They met on Monday").Value);
    }

    [Theory]
    [InlineData("last Friday", "2021-12-03")]
    [InlineData("last Saturday", "2021-11-27")]
    [InlineData("next Monday", "2021-12-06")]
    [InlineData("next Saturday", "2021-12-11")]
    [InlineData("this Wednesday", "2021-12-01")]
    public void A_weekday_with_last_next_or_this_is_counted_from_publication(string text, string value)
    {
        Assert.Equal(value, Single(text).Value);
    }

    [Fact]
    public void A_part_of_a_day_is_a_time()
    {
        var expression = Single("on Friday morning");

        Assert.Equal(TimeType.Time, expression.Type);
        Assert.Equal("2021-12-03TMO", expression.Value);
    }

    [Theory]
    [InlineData("yesterday", "2021-12-03")]
    [InlineData("today", "2021-12-04")]
    [InlineData("tomorrow", "2021-12-05")]
    public void Yesterday_today_and_tomorrow_are_days_around_publication(string text, string value)
    {
        Assert.Equal(value, Single(text).Value);
    }

    [Fact]
    public void Tonight_is_the_night_of_publication()
    {
        var expression = Single("tonight");

        Assert.Equal(TimeType.Time, expression.Type);
        Assert.Equal("2021-12-04TNI", expression.Value);
    }

    [Fact]
    public void Last_night_is_the_night_before_publication()
    {
        Assert.Equal("2021-12-03TNI", Single("last night").Value);
    }

    [Theory]
    [InlineData("last week", "2021-W47")]
    [InlineData("this week", "2021-W48")]
    [InlineData("next week", "2021-W49")]
    [InlineData("last month", "2021-11")]
    [InlineData("next month", "2022-01")]
    [InlineData("last year", "2020")]
    [InlineData("this year", "2021")]
    [InlineData("next year", "2022")]
    public void Last_this_and_next_name_the_period_before_of_or_after_publication(string text, string value)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Date, expression.Type);
        Assert.Equal(value, expression.Value);
    }

    [Theory]
    [InlineData("last weekend")]
    [InlineData("this past weekend")]
    public void The_past_weekend_is_the_weekend_before_publication(string text)
    {
        Assert.Equal("2021-W47-WE", Single(text).Value);
    }

    [Theory]
    [InlineData("last month", "2021-12")]
    [InlineData("next week", "2022-W01")]
    [InlineData("last year", "2021")]
    [InlineData("on Friday", "2021-12-31")]
    public void Relative_expressions_cross_the_turn_of_the_year(string text, string value)
    {
        Assert.Equal(value, Single(text, new DateOnly(2022, 1, 1)).Value);
    }

    [Fact]
    public void A_weekday_early_in_a_month_can_fall_in_the_month_before()
    {
        Assert.Equal("2021-11-26", Single("The mayor spoke on Friday", new DateOnly(2021, 12, 1)).Value);
    }

    [Fact]
    public void A_capitalised_daily_in_a_name_is_not_a_set()
    {
        Assert.Empty(TimeExpressionResolver.Resolve("he told Breitbart News Daily", Published));
    }

    [Fact]
    public void Late_january_written_in_december_is_the_coming_january_with_an_end_mod()
    {
        var expression = Single("an escalation by Russia in late January");

        Assert.Equal("late January", expression.Text);
        Assert.Equal("2022-01", expression.Value);
        Assert.Equal("END", expression.Mod);
    }

    [Theory]
    [InlineData("early March", "START")]
    [InlineData("mid-March", "MID")]
    [InlineData("the end of March", "END")]
    public void Parts_of_a_month_give_their_mod(string text, string mod)
    {
        Assert.Equal(mod, Single(text).Mod);
    }

    [Fact]
    public void A_bare_month_is_the_latest_one_before_publication()
    {
        Assert.Equal("2021-10", Single("they met in October").Value);
    }

    [Fact]
    public void A_bare_month_more_than_three_months_ahead_is_last_years()
    {
        Assert.Equal("2021-04", Single("they met in April").Value);
    }

    [Fact]
    public void A_bare_month_after_a_future_marker_is_the_next_one()
    {
        Assert.Equal("2022-10", Single("they will meet in October").Value);
    }

    [Fact]
    public void In_two_weeks_is_a_date_two_weeks_after_publication()
    {
        var expression = Single("in two weeks");

        Assert.Equal(TimeType.Date, expression.Type);
        Assert.Equal("2021-W50", expression.Value);
    }

    [Theory]
    [InlineData("for two weeks", "two weeks", "P2W")]
    [InlineData("eight hours", "eight hours", "PT8H")]
    [InlineData("seven years", "seven years", "P7Y")]
    public void A_count_of_units_is_a_duration(string text, string written, string value)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Duration, expression.Type);
        Assert.Equal(written, expression.Text);
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void A_single_unit_after_for_is_a_duration()
    {
        var expression = Single("talks went on for a week");

        Assert.Equal("a week", expression.Text);
        Assert.Equal("P1W", expression.Value);
    }

    [Fact]
    public void A_single_unit_without_a_preposition_is_not_a_duration()
    {
        Assert.Empty(TimeExpressionResolver.Resolve("a week of talks", Published));
    }

    [Fact]
    public void A_clock_time_is_a_time_of_the_publication_day()
    {
        var expression = Single("at 8:30 p.m.");

        Assert.Equal(TimeType.Time, expression.Type);
        Assert.Equal("2021-12-04T20:30", expression.Value);
    }

    [Fact]
    public void An_age_is_not_a_duration()
    {
        Assert.Empty(TimeExpressionResolver.Resolve("a seven-year-old boy", Published));
    }

    [Theory]
    [InlineData("seven years ago", "2014")]
    [InlineData("two days ago", "2021-12-02")]
    [InlineData("three months ago", "2021-09")]
    public void Units_ago_are_dates_before_publication(string text, string value)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Date, expression.Type);
        Assert.Equal(value, expression.Value);
    }

    [Theory]
    [InlineData("the past few weeks", "PXW")]
    [InlineData("the next few weeks", "PXW")]
    [InlineData("the past two years", "P2Y")]
    [InlineData("the past week", "P1W")]
    [InlineData("recent weeks", "PXW")]
    public void Stretches_reaching_to_publication_are_durations(string text, string value)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Duration, expression.Type);
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void A_few_weeks_ago_is_a_past_reference()
    {
        Assert.Equal("PAST_REF", Single("a few weeks ago").Value);
    }

    [Theory]
    [InlineData("now")]
    [InlineData("currently")]
    public void Now_is_the_present_reference(string text)
    {
        Assert.Equal("PRESENT_REF", Single(text).Value);
    }

    [Theory]
    [InlineData("every week", "P1W")]
    [InlineData("every three months", "P3M")]
    [InlineData("annually", "P1Y")]
    public void Recurrences_are_sets(string text, string value)
    {
        var expression = Single(text);

        Assert.Equal(TimeType.Set, expression.Type);
        Assert.Equal(value, expression.Value);
    }

    [Theory]
    [InlineData("on Friday")]
    [InlineData("next week")]
    [InlineData("yesterday")]
    [InlineData("late January")]
    [InlineData("Dec. 4")]
    [InlineData("seven years ago")]
    public void Relative_expressions_without_a_publication_date_have_no_value(string text)
    {
        var expression = Assert.Single(TimeExpressionResolver.Resolve(text, null));

        Assert.Null(expression.Value);
    }

    [Fact]
    public void Absolute_dates_resolve_without_a_publication_date()
    {
        Assert.Equal("2021-12-04", Assert.Single(TimeExpressionResolver.Resolve("December 4, 2021", null)).Value);
    }

    [Theory]
    [InlineData("It may rain.")]
    [InlineData("They march on.")]
    [InlineData("94,300 troops and 2,014 tanks")]
    public void Lowercase_month_words_and_counts_are_not_times(string text)
    {
        Assert.Empty(TimeExpressionResolver.Resolve(text, Published));
    }

    [Fact]
    public void A_report_finds_each_expression_with_its_span()
    {
        const string text = "Reznikov told parliament on Friday that Russia could attack in late January.";

        var expressions = TimeExpressionResolver.Resolve(text, Published);

        Assert.Equal(["Friday", "late January"], expressions.Select(e => e.Span.Of(text)));
        Assert.Equal(["2021-12-03", "2022-01"], expressions.Select(e => e.Value));
    }

    [Fact]
    public void The_exchange_record_carries_text_type_and_value()
    {
        var record = Single("next week").ToTimeRecord();

        Assert.Equal(new Storyline.Export.TimeRecord("next week", "DATE", "2021-W49"), record);
    }
}
