using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class RobotsRulesTests
{
    [Fact]
    public void The_longest_matching_rule_decides()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "Storyline/1.0");

        Assert.False(rules.Allows("/news/draft"));
        Assert.True(rules.Allows("/news/public/story"));
        Assert.True(rules.Allows("/about"));
    }

    [Fact]
    public void A_group_naming_the_agent_replaces_the_star_group()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /admin\n", "Storyline/1.0 (news)");

        Assert.True(rules.Allows("/story"));
        Assert.False(rules.Allows("/admin/panel"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_match()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\n", "Storyline");

        Assert.False(rules.Allows("/files/report.pdf"));
        Assert.True(rules.Allows("/files/report.pdf?download=1"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "Storyline").Allows("/anything"));
    }
}
