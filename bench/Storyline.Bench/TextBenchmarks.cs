using BenchmarkDotNet.Attributes;
using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Bench;

/// <summary>Sentence splitting, tokenising and the whole layout of the input articles, block by block.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly TextLayoutBuilder _builder = new();
    private readonly List<TextSpan> _sentences = [];
    private readonly List<Token> _tokens = [];
    private (string Text, Block[] Blocks)[] _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = [.. BenchInputs.Articles().Select(a => (a, BenchInputs.LineBlocks(a)))];

    [Benchmark]
    public int SplitSentences()
    {
        _sentences.Clear();
        foreach (var (text, blocks) in _articles)
        {
            foreach (var block in blocks)
            {
                SentenceSplitter.Split(text, block.Span, _sentences);
            }
        }

        return _sentences.Count;
    }

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        foreach (var (text, blocks) in _articles)
        {
            foreach (var block in blocks)
            {
                Tokenizer.Tokenize(text, block.Span, _tokens);
            }
        }

        return _tokens.Count;
    }

    [Benchmark]
    public int BuildLayout()
    {
        var tokens = 0;
        foreach (var (text, blocks) in _articles)
        {
            tokens += _builder.Build(text, blocks).Tokens.Count;
        }

        return tokens;
    }
}
