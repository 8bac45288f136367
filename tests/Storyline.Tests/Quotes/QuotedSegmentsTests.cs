using Storyline.Documents;
using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

public class QuotedSegmentsTests
{
    private static QuotedSegment Segment(int start, int end) =>
        new(TextSpan.FromBounds(start, end), TextSpan.FromBounds(start + 1, end - 1), ContinuesInNext: false);

    [Fact]
    public void An_offset_inside_an_outer_span_is_covered()
    {
        var segments = new QuotedSegments([Segment(4, 10)]);

        Assert.Equal([false, true, true, false], new[] { 3, 4, 9, 10 }.Select(segments.Covers));
    }

    [Fact]
    public void Only_offsets_after_a_segments_start_are_covered_past_its_start()
    {
        var segments = new QuotedSegments([Segment(4, 10)]);

        Assert.Equal([false, true, true, false], new[] { 4, 5, 9, 10 }.Select(segments.CoversPastStart));
    }

    [Fact]
    public void The_start_of_a_segment_that_abuts_the_previous_one_is_not_past_any_start()
    {
        var segments = new QuotedSegments([Segment(0, 5), Segment(5, 9)]);

        Assert.Equal((true, false), (segments.Covers(5), segments.CoversPastStart(5)));
    }

    [Fact]
    public void Offsets_outside_the_text_are_not_covered()
    {
        var segments = new QuotedSegments([Segment(0, 5)]);

        Assert.Equal((false, false), (segments.Covers(-1), segments.Covers(5)));
    }

    [Fact]
    public void The_segments_keep_their_order()
    {
        var segments = new QuotedSegments([Segment(8, 12), Segment(0, 5)]);

        Assert.Equal([8, 0], segments.Select(s => s.Outer.Start));
    }
}
