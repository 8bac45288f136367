using BenchmarkDotNet.Attributes;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Bench;

/// <summary>
/// The question the run asks the store for every input document: which content and analysis
/// version is stored under this id. The store holds a generated corpus analysed once.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Articles = 500;
    private string _directory = string.Empty;
    private SqliteStore _store = null!;
    private string[] _ids = [];

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("storyline-store-bench-").FullName;
        var corpus = Path.Combine(_directory, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var article in new CorpusGenerator(seed: 42).Generate(Articles))
        {
            File.WriteAllText(Path.Combine(corpus, article.Id + ".txt"), article.Text);
        }

        _store = SqliteStore.Open(Path.Combine(_directory, "bench.db"));
        new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), _store).Run([corpus]);
        _ids = [.. Directory.GetFiles(corpus).Select(Path.GetFileNameWithoutExtension).OfType<string>()];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int VersionOf()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _store.VersionOf(id) is null ? 0 : 1;
        }

        return found;
    }
}
