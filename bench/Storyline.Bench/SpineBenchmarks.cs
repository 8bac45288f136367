using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Analysis;
using Storyline.Cleaning;
using Storyline.Documents;
using Storyline.Ingest;
using Storyline.Storage.Sqlite;
using Storyline.Text;

namespace Storyline.Bench;

/// <summary>
/// The spine of the pipeline on a generated corpus: a file's bytes decoded and normalised, the page
/// cleaned into an article, sentences and tokens laid out, and the article stored in SQLite in
/// batches — everything before entities, quotes, figures and clustering. One operation is
/// <see cref="Articles"/> articles, so articles per second is Articles divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class SpineBenchmarks
{
    private const int BatchSize = 256;
    private readonly ArticleCleaner _cleaner = new();
    private readonly TextLayoutBuilder _layout = new();
    private (string Id, byte[] Bytes)[] _files = [];
    private string _directory = string.Empty;
    private SqliteStore _store = null!;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. new CorpusGenerator(seed: 42).Generate(Articles).Select(a => (a.Id, Encoding.UTF8.GetBytes(a.Text)))];
        _directory = Directory.CreateTempSubdirectory("storyline-spine-bench-").FullName;
    }

    [IterationSetup]
    public void OpenEmptyStore() => _store = SqliteStore.Open(Path.Combine(_directory, $"{Guid.NewGuid():N}.db"));

    [IterationCleanup]
    public void CloseStore() => _store.Dispose();

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int IngestCleanLayOutAndStore()
    {
        var batch = new List<AnalyzedArticle>(BatchSize);
        var stored = 0;
        foreach (var (id, bytes) in _files)
        {
            var normalized = TextNormalizer.Normalize(TextDecoder.Decode(bytes).Text!);
            var document = new RawDocument(id, id + ".txt", normalized.Text, DocumentFormat.PlainText, DocumentHints.None);
            var article = _cleaner.Clean(document);
            batch.Add(new AnalyzedArticle(document, article, _layout.Build(article.Text, article.Blocks)));
            if (batch.Count == BatchSize)
            {
                stored += _store.SaveAll(batch, []).Count;
                batch.Clear();
            }
        }

        return stored + _store.SaveAll(batch, []).Count;
    }
}
