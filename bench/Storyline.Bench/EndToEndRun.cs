using System.Diagnostics;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Bench;

/// <summary>
/// The end-to-end throughput figure: generates a corpus of .txt files, then runs the real
/// <see cref="AnalysisRun"/> (ingest, cleaning, sentences, tokens, SQLite store) over it once and
/// reports articles per second of wall time and per second of CPU time (articles/s/core).
/// </summary>
internal static class EndToEndRun
{
    public static int Run(int count, int seed)
    {
        var directory = Directory.CreateTempSubdirectory("storyline-e2e-").FullName;
        try
        {
            var corpus = Path.Combine(directory, "corpus");
            var bytes = new CorpusGenerator(seed).WriteFiles(corpus, count);

            using var store = SqliteStore.Open(Path.Combine(directory, "bench.db"));
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var summary = new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store).Run([corpus]);
            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

            Console.WriteLine($"articles: {summary.Analysed}");
            Console.WriteLine($"skipped: {summary.Failures.Count}");
            Console.WriteLine($"corpus_megabytes: {bytes / 1e6:F1}");
            Console.WriteLine($"wall_seconds: {clock.Elapsed.TotalSeconds:F2}");
            Console.WriteLine($"cpu_seconds: {cpu:F2}");
            Console.WriteLine($"articles_per_second: {summary.Analysed / clock.Elapsed.TotalSeconds:F0}");
            Console.WriteLine($"articles_per_cpu_second: {summary.Analysed / cpu:F0}");
            Console.WriteLine($"peak_working_set_megabytes: {process.PeakWorkingSet64 / 1e6:F0}");
            return summary.Failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
