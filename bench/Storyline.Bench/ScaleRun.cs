using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Bench;

/// <summary>
/// The scale benchmark: a <see cref="SampleNewsFeed"/> of a given size analysed into a new SQLite store,
/// in one run or in runs of <c>chunk</c> articles as a watched feed would arrive, with articles
/// per CPU second, CPU time per article and peak memory. <see cref="Scale"/> measures each size in a
/// process of its own, so each peak belongs to its size, and compares the cost per article of the
/// largest size with the one before it.
/// </summary>
internal static class ScaleRun
{
    /// <summary>By default a stream is one run, as `storyline analyze` over a folder is; `--runs-of` splits it as a watched feed would.</summary>
    public const int DefaultRunSize = int.MaxValue;

    public static int Stream(int count, int chunk)
    {
        var samples = SamplesFolder();
        var directory = Directory.CreateTempSubdirectory("storyline-scale-").FullName;
        try
        {
            var database = Path.Combine(directory, "scale.db");
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var analysed = 0;
            var failures = 0;
            using (var store = SqliteStore.Open(database))
            {
                var run = new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store);
                var stream = SampleNewsFeed.FromFolder(samples, 42).Articles(count);
                IEnumerable<IEnumerable<ReadResult>> parts = chunk >= count ? [stream] : stream.Chunk(chunk);
                foreach (var part in parts)
                {
                    var summary = run.Run(part);
                    analysed += summary.Analysed;
                    failures += summary.Failures.Count;
                }
            }

            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var (events, stories) = Clusters(database);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                articles: {analysed}
                skipped: {failures}
                run_size: {Math.Min(chunk, count)}
                events: {events}
                stories: {stories}
                wall_seconds: {clock.Elapsed.TotalSeconds:F1}
                cpu_seconds: {cpu:F1}
                articles_per_cpu_second: {analysed / cpu:F0}
                cpu_microseconds_per_article: {cpu * 1e6 / Math.Max(1, analysed):F0}
                peak_working_set_megabytes: {process.PeakWorkingSet64 / 1e6:F0}
                """));
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    public static int Scale(IReadOnlyList<int> sizes, int chunk)
    {
        var perArticle = new List<double>();
        foreach (var size in sizes)
        {
            Console.WriteLine($"size: {size}");
            if (!Measured(Child("stream", size.ToString(CultureInfo.InvariantCulture), chunk.ToString(CultureInfo.InvariantCulture)), size, perArticle))
            {
                return 1;
            }
        }

        PrintRatio(perArticle);
        return 0;
    }

    /// <summary>Prints what a measuring process printed and keeps its CPU time per article; false when it printed none.</summary>
    internal static bool Measured(string output, int size, List<double> perArticle)
    {
        Console.Write(output);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("cpu_microseconds_per_article:", StringComparison.Ordinal));
        if (line is null)
        {
            Console.Error.WriteLine($"size {size}: the measuring process printed no result");
            return false;
        }

        perArticle.Add(double.Parse(line.Split(':')[1], CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>How the CPU time per article of the largest size compares with the size before it.</summary>
    internal static void PrintRatio(List<double> perArticle)
    {
        if (perArticle.Count > 1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time_per_article_ratio_last_vs_previous: {perArticle[^1] / perArticle[^2]:F2}"));
        }
    }

    /// <summary>Runs the benchmark with <paramref name="arguments"/> in a process of its own and returns what it printed.</summary>
    internal static string Child(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (!Environment.ProcessPath!.EndsWith("Storyline.Bench", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(ScaleRun).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output;
    }

    internal static (long Events, long Stories) Clusters(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT event_id), COUNT(DISTINCT story_id) FROM articles";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The repository's <c>samples</c> folder, found upwards from the working directory or the benchmark.</summary>
    internal static string SamplesFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var samples = Path.Combine(directory.FullName, "samples");
                if (File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")) && Directory.Exists(samples))
                {
                    return samples;
                }
            }
        }

        throw new InvalidOperationException("the samples folder was not found: run the benchmark inside the repository");
    }
}
