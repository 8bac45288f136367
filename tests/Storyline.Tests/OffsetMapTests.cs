using Storyline.Documents;

namespace Storyline.Tests;

public class OffsetMapTests
{
    [Fact]
    public void Identity_maps_every_offset_to_itself()
    {
        Assert.Equal(17, OffsetMap.Identity.ToSource(17));
    }

    [Fact]
    public void An_offset_inside_a_copied_run_moves_with_the_run()
    {
        var builder = new OffsetMap.Builder();
        builder.Add(0, 10);
        builder.Add(5, 40);
        var map = builder.Build();

        Assert.Equal(12, map.ToSource(2));
        Assert.Equal(43, map.ToSource(8));
    }

    [Fact]
    public void Chained_maps_follow_both_steps_back_to_the_original()
    {
        var cleanToNormal = new OffsetMap.Builder();
        cleanToNormal.Add(0, 100);
        var normalToRaw = new OffsetMap.Builder();
        normalToRaw.Add(0, 0);
        normalToRaw.Add(103, 104);

        var chained = cleanToNormal.Build().Then(normalToRaw.Build());

        Assert.Equal(101, chained.ToSource(1));
        Assert.Equal(104, chained.ToSource(3));
        Assert.Equal(109, chained.ToSource(8));
    }
}
