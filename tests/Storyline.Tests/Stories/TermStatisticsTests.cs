using Storyline.Stories;

namespace Storyline.Tests.Stories;

public class TermStatisticsTests
{
    [Fact]
    public void Over_its_bound_the_table_forgets_terms_seen_once()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["dam", "korvel"]);
        statistics.Observe(["dam", "inquiry"]);

        statistics.Bound(2);

        Assert.Equal(["dam"], statistics.ToSnapshot().DocumentFrequency.Keys);
        Assert.Equal(statistics.Idf("never-seen"), statistics.Idf("korvel"));
    }

    [Fact]
    public void Within_its_bound_the_table_keeps_every_term()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["dam", "korvel"]);

        statistics.Bound(2);

        Assert.Equal(2, statistics.ToSnapshot().DocumentFrequency.Count);
    }
}
