using System.Text;
using Storyline.Documents;

namespace Storyline.Bench;

/// <summary>
/// The articles the text benchmarks run on: the scraped seed reports when they can be found (the
/// folder in STORYLINE_SEEDS, else /work/shared/seeds), otherwise five generated articles, so the
/// benchmarks run anywhere.
/// </summary>
public static class BenchInputs
{
    private const string DefaultSeedFolder = "/work/shared/seeds";

    public static IReadOnlyList<string> Articles()
    {
        var folder = Environment.GetEnvironmentVariable("STORYLINE_SEEDS") ?? DefaultSeedFolder;
        if (Directory.Exists(folder))
        {
            var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
            if (files.Count > 0)
            {
                return [.. files.Select(f => File.ReadAllText(f, Encoding.UTF8))];
            }
        }

        return [.. new CorpusGenerator(seed: 1).Generate(5).Select(a => a.Text)];
    }

    /// <summary>Each non-empty line of a scraped text as a paragraph block, as the cleaning stage
    /// would hand them on.</summary>
    public static Block[] LineBlocks(string text)
    {
        var blocks = new List<Block>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                blocks.Add(new Block(BlockKind.Paragraph, TextSpan.FromBounds(start, end)));
            }

            start = end + 1;
        }

        return [.. blocks];
    }
}
