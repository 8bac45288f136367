using BenchmarkDotNet.Attributes;
using Storyline.Time;

namespace Storyline.Bench;

/// <summary>Finding and resolving the time expressions of the input articles against a publication date.</summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private static readonly DateOnly Published = new(2022, 1, 21);
    private IReadOnlyList<string> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = BenchInputs.Articles();

    [Benchmark]
    public int ResolveTimeExpressions()
    {
        var expressions = 0;
        foreach (var text in _articles)
        {
            expressions += TimeExpressionResolver.Resolve(text, Published).Count;
        }

        return expressions;
    }
}
