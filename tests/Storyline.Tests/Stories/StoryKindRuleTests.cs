using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>The rule that links two events of one kind into a story by what their headlines say happened.</summary>
public class StoryKindRuleTests
{
    private static readonly StoryClustererOptions WarmArchive = new() { ColdStartMargin = 0 };

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void Two_deaths_that_share_only_their_headline_kind_are_one_story(double kindWeight, bool sameStory)
    {
        var clusterer = new StoryClusterer(WarmArchive with { KindWeight = kindWeight });
        clusterer.Assign(ClusterInput.FromText(
            "storm", "Storm floods harbour towns",
            "Heavy rain flooded three harbour towns overnight and fishing boats were torn from their moorings.", 0));

        var actress = clusterer.Assign(ClusterInput.FromText(
            "actress", "Screen actress Mara Lind dies at 91",
            "Mara Lind starred in twelve musicals and later taught acting in Vienna for thirty years.", 1));
        var singer = clusterer.Assign(ClusterInput.FromText(
            "singer", "Folk singer Tomas Okafor dies at 78",
            "Tomas Okafor recorded nine albums of ballads and toured village halls with his guitar.", 2));

        Assert.NotEqual(actress.EventId, singer.EventId);
        Assert.Equal(sameStory, actress.StoryId == singer.StoryId);
    }
}
