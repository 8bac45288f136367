using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Stories;

namespace Storyline.Bench;

/// <summary>
/// Cost of assigning one article as the archive grows. The archive is filled with synthetic
/// articles once per size; the measured method then assigns a batch of fresh ones. Flat per-article
/// time across sizes shows that candidate lookup does not scan the archive.
/// </summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private const int Batch = 256;

    private StoryClusterer _clusterer = null!;
    private ClusterInput[] _fresh = null!;
    private int _next;

    [Params(10_000, 100_000)]
    public int ArchiveSize { get; set; }

    [GlobalSetup]
    public void FillArchive()
    {
        var generator = new SyntheticNews(seed: 7);
        _clusterer = new StoryClusterer();
        for (var i = 0; i < ArchiveSize; i++)
            _clusterer.Assign(generator.Next());
        _fresh = [.. Enumerable.Range(0, 50 * Batch).Select(_ => generator.Next())];
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AssignArticle()
    {
        var events = 0;
        for (var i = 0; i < Batch; i++)
        {
            var input = _fresh[_next++ % _fresh.Length];
            events += _clusterer.Assign(input with { ArticleId = $"{input.ArticleId}-{_next}" }).EventId.Length;
        }
        return events;
    }

    /// <summary>
    /// News-like articles: a Zipf-ish common vocabulary, topics with their own words and names,
    /// events within topics with particulars of their own, dates moving forward a day every few hundred articles.
    /// </summary>
    private sealed class SyntheticNews(int seed)
    {
        private const int CommonWords = 20_000;
        private const int Topics = 2_000;
        private const int EventsPerTopic = 20;
        private const int WordsPerArticle = 150;

        private readonly Random _random = new(seed);
        private long _count;

        public ClusterInput Next()
        {
            var topic = _random.Next(Topics);
            var evt = _random.Next(EventsPerTopic);
            var text = new StringBuilder();
            for (var i = 0; i < WordsPerArticle; i++)
            {
                var roll = _random.NextDouble();
                var word = roll switch
                {
                    < 0.15 => $"topic{topic}word{_random.Next(30)}",
                    < 0.22 => $"Name{topic}x{_random.Next(8)}",
                    < 0.30 => $"event{topic}x{evt}detail{_random.Next(10)}",
                    _ => $"common{(int)Math.Pow(CommonWords, _random.NextDouble())}",
                };
                text.Append(word).Append(i % 15 == 14 ? ". " : " ");
            }
            var id = $"syn-{_count}";
            var published = DateOnly.FromDayNumber(738_000 + (int)(_count / 300));
            var title = $"topic{topic}word0 event{topic}x{evt}detail0 Name{topic}x0";
            return new ClusterInput(id, title, text.ToString(), published, _count++, [], [], [], null);
        }
    }
}
