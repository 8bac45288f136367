using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Ingest;
using Storyline.Text;

namespace Storyline.Bench;

/// <summary>Throughput over a generated corpus: from a file's bytes to the text layout of the
/// article, for every article.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly TextLayoutBuilder _builder = new();
    private byte[][] _files = [];

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _files = [.. new CorpusGenerator(seed: 42).Generate(Articles).Select(a => Encoding.UTF8.GetBytes(a.Text))];

    [Benchmark]
    public int DecodeNormalizeAndLayOut()
    {
        var tokens = 0;
        foreach (var bytes in _files)
        {
            var text = TextNormalizer.Normalize(TextDecoder.Decode(bytes).Text!).Text;
            tokens += _builder.Build(text, BenchInputs.LineBlocks(text)).Tokens.Count;
        }

        return tokens;
    }
}
