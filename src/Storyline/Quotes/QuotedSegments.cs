using System.Collections;

namespace Storyline.Quotes;

/// <summary>
/// The quoted segments of an article, with the characters their outer spans cover indexed once.
/// The quote stages ask of nearly every word whether it stands inside a quote; asking every
/// segment each time was a fifth of the language layer's time.
/// </summary>
internal sealed class QuotedSegments : IReadOnlyList<QuotedSegment>
{
    private const byte Covered = 1;
    private const byte PastStart = 2;

    private readonly List<QuotedSegment> _segments;
    private readonly byte[] _cover;

    public QuotedSegments(List<QuotedSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        _segments = segments;
        var end = 0;
        foreach (var segment in segments)
        {
            end = Math.Max(end, segment.Outer.End);
        }

        _cover = new byte[end];
        foreach (var segment in segments)
        {
            var outer = segment.Outer;
            for (var i = outer.Start; i < outer.End; i++)
            {
                _cover[i] |= i > outer.Start ? (byte)(Covered | PastStart) : Covered;
            }
        }
    }

    public int Count => _segments.Count;

    public QuotedSegment this[int index] => _segments[index];

    /// <summary>Whether some segment's outer span contains <paramref name="offset"/>.</summary>
    public bool Covers(int offset) => (Flags(offset) & Covered) != 0;

    /// <summary>Whether some segment's outer span contains <paramref name="offset"/> and starts before it.</summary>
    public bool CoversPastStart(int offset) => (Flags(offset) & PastStart) != 0;

    public IEnumerator<QuotedSegment> GetEnumerator() => _segments.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private byte Flags(int offset) => (uint)offset < (uint)_cover.Length ? _cover[offset] : (byte)0;
}
