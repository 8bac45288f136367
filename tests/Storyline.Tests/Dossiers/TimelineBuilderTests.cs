using Storyline.Dossiers;
using static Storyline.Tests.Dossiers.StoryRecords;

namespace Storyline.Tests.Dossiers;

public class TimelineBuilderTests
{
    private const string Text = "Russian troops massed near the border of Ukraine, officials in Kyiv said on Friday.";

    [Fact]
    public void Timeline_orders_dated_events_by_date_and_puts_undated_last()
    {
        var timeline = new DossierBuilder().Build([
            Article("undated", Text),
            Article("later", Text, published: "2022-01-10"),
            Article("earlier", Text, published: "2021-12-04"),
        ]).Timeline;

        Assert.Equal(["2021-12-04", "2022-01-10", null], timeline.Select(e => e.Date));
    }

    [Fact]
    public void Event_date_is_the_day_a_recent_date_expression_names()
    {
        var timeline = new DossierBuilder().Build([Article("a", Text, published: "2021-12-04", times: [Date("2021-12-03")])]).Timeline;

        Assert.Equal("2021-12-03", Assert.Single(timeline).Date);
    }

    [Fact]
    public void A_date_long_before_publication_is_history_not_the_event_date()
    {
        var timeline = new DossierBuilder().Build([Article("a", Text, published: "2021-12-04", times: [Date("2014-03-18")])]).Timeline;

        Assert.Equal("2021-12-04", Assert.Single(timeline).Date);
    }

    [Fact]
    public void Articles_of_one_event_make_one_entry_with_the_earliest_lead()
    {
        var timeline = new DossierBuilder().Build([
            Article("b", "The talks in Geneva ended without any agreement between the two delegations.", published: "2022-01-11", eventId: "e"),
            Article("a", Text, published: "2022-01-10", eventId: "e"),
        ]).Timeline;

        var entry = Assert.Single(timeline);
        Assert.Equal(Text, entry.Text);
        Assert.Equal(["a", "b"], entry.Articles);
    }
}
