namespace Storyline.Documents;

/// <summary>
/// Maps offsets in a derived text (the clean article) back to offsets in the text it was made from
/// (the decoded document). The derived text is a sequence of runs copied from the source; each
/// anchor says where a run starts in both texts, and offsets inside a run move together.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _targetStarts;
    private readonly int[] _sourceStarts;

    private OffsetMap(int[] targetStarts, int[] sourceStarts)
    {
        _targetStarts = targetStarts;
        _sourceStarts = sourceStarts;
    }

    /// <summary>The map of a text that is an unchanged copy of its source.</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    public int AnchorCount => _targetStarts.Length;

    /// <summary>The anchors as (target start, source start) pairs, in target order.</summary>
    public IEnumerable<(int Target, int Source)> Anchors => _targetStarts.Zip(_sourceStarts);

    /// <summary>Rebuilds a map from the anchors <see cref="Anchors"/> gave.</summary>
    public static OffsetMap FromAnchors(IEnumerable<(int Target, int Source)> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var builder = new Builder();
        foreach (var (target, source) in anchors)
        {
            builder.Add(target, source);
        }

        return builder.Build();
    }

    public int ToSource(int targetOffset)
    {
        var i = Array.BinarySearch(_targetStarts, targetOffset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        if (i < 0)
        {
            return targetOffset;
        }

        return _sourceStarts[i] + (targetOffset - _targetStarts[i]);
    }

    public TextSpan ToSource(TextSpan span)
    {
        var start = ToSource(span.Start);
        var end = span.Length == 0 ? start : ToSource(span.End - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>Chains two maps: <c>this</c> maps C to B and <paramref name="earlier"/> maps B to A;
    /// the result maps C to A.</summary>
    public OffsetMap Then(OffsetMap earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (ReferenceEquals(earlier, Identity))
        {
            return this;
        }

        var builder = new Builder();
        for (var i = 0; i < _targetStarts.Length; i++)
        {
            var runEnd = i + 1 < _targetStarts.Length ? _targetStarts[i + 1] : int.MaxValue;
            builder.Add(_targetStarts[i], earlier.ToSource(_sourceStarts[i]));
            // An anchor of the earlier map that falls inside this run starts a new run here too.
            var sourceRunStart = _sourceStarts[i];
            var sourceRunEnd = runEnd == int.MaxValue ? int.MaxValue : sourceRunStart + (runEnd - _targetStarts[i]);
            var j = Array.BinarySearch(earlier._targetStarts, sourceRunStart + 1);
            j = j < 0 ? ~j : j;
            for (; j < earlier._targetStarts.Length && earlier._targetStarts[j] < sourceRunEnd; j++)
            {
                builder.Add(_targetStarts[i] + (earlier._targetStarts[j] - sourceRunStart), earlier._sourceStarts[j]);
            }
        }

        return builder.Build();
    }

    /// <summary>Collects anchors in increasing target order.</summary>
    public sealed class Builder
    {
        private readonly List<int> _targets = [];
        private readonly List<int> _sources = [];

        /// <summary>Says that the target text from <paramref name="targetStart"/> on is copied
        /// from the source at <paramref name="sourceStart"/>.</summary>
        public void Add(int targetStart, int sourceStart)
        {
            var last = _targets.Count - 1;
            if (last >= 0)
            {
                if (targetStart < _targets[last])
                {
                    throw new ArgumentOutOfRangeException(nameof(targetStart), "Anchors must be added in target order.");
                }

                // A run that simply continues the previous one needs no anchor of its own.
                if (_sources[last] + (targetStart - _targets[last]) == sourceStart)
                {
                    return;
                }

                if (targetStart == _targets[last])
                {
                    _sources[last] = sourceStart;
                    return;
                }
            }

            _targets.Add(targetStart);
            _sources.Add(sourceStart);
        }

        public OffsetMap Build() => _targets.Count == 0 ? Identity : new OffsetMap([.. _targets], [.. _sources]);
    }
}
