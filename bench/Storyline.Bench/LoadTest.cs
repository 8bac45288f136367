using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;
using Storyline.Web;

namespace Storyline.Bench;

/// <summary>
/// The web server under load on loopback: builds (or reuses) a store of generated articles, serves it with
/// Kestrel on a free port and, for a bounded time per kind, requests searches, story pages and article pages
/// one after another from one client, then reports latency percentiles of each kind.
/// </summary>
internal static class LoadTest
{
    /// <summary>Searches a reader might type over the generated corpus, with and without filters.</summary>
    private static readonly string[] Searches =
    [
        "q=sanctions", "q=gas%20supplies", "q=Kuleba", "q=troop%20build-up", "q=Geneva%20talks", "q=cease-fire&outlet=Reuters",
        "q=concessions&speaker=Blinken", "q=arms%20deliveries&entity=Stoltenberg",
        "q=membership%20alliance", "q=negotiate*", "q=border%20troops&offset=20",
    ];

    /// <summary>Searches within a date range (they find something only in a store of dated articles).</summary>
    private static readonly string[] DatedSearches =
    [
        "q=NATO&from=2021-11-10&to=2021-11-20", "q=sanctions&from=2021-12-01", "q=Geneva&to=2021-11-15",
    ];

    public static int Run(int count, int seed, string database, TimeSpan perKind)
    {
        if (!File.Exists(database))
        {
            Build(count, seed, database);
        }

        var migration = Stopwatch.StartNew();
        int articles;
        using (var store = SqliteStore.Open(database))
        {
            articles = store.Count();
        }

        Console.WriteLine($"articles_in_store: {articles}");
        Console.WriteLine($"open_and_migrate_seconds: {migration.Elapsed.TotalSeconds:F1}");
        return Serve(database, perKind).GetAwaiter().GetResult();
    }

    private static void Build(int count, int seed, string database)
    {
        var corpus = Directory.CreateTempSubdirectory("storyline-load-").FullName;
        try
        {
            new CorpusGenerator(seed).WriteFiles(corpus, count);
            var clock = Stopwatch.StartNew();
            using var store = SqliteStore.Open(database);
            var summary = new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store).Run([corpus]);
            Console.WriteLine($"built_store: {summary.Analysed} articles in {clock.Elapsed.TotalSeconds:F0} s");
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static async Task<int> Serve(string database, TimeSpan perKind)
    {
        await using var server = StorylineServer.Build(
            ["--urls", "http://127.0.0.1:0", $"--Storyline:Database={database}", "--Logging:LogLevel:Default=Warning"]);
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Urls.First()) };

        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories?limit=100");
        var storyIds = stories.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/search?q=said&limit=100");
        var articleIds = hits.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("article").GetString()!).ToList();

        // Warm-up, unmeasured: the first requests of a process pay for compiling its code.
        for (var i = 0; i < Searches.Length; i++)
        {
            using var warmUp = await client.GetAsync(new Uri("/search?" + Searches[i], UriKind.Relative));
        }

        var failures = 0;
        failures += await Measure(client, "search", i => "/search?" + Searches[i % Searches.Length], perKind);
        failures += await Measure(client, "api_search", i => "/api/search?" + Searches[i % Searches.Length], perKind);
        failures += await Measure(client, "search_dated", i => "/search?" + DatedSearches[i % DatedSearches.Length], perKind);
        failures += await Measure(client, "story_page_first", i => $"/stories/{storyIds[i % storyIds.Count]}", perKind, storyIds.Count);
        failures += await Measure(client, "story_page", i => $"/stories/{storyIds[i % storyIds.Count]}", perKind);
        failures += await Measure(client, "article_page", i => $"/articles/{articleIds[i % articleIds.Count]}", perKind);
        failures += await Measure(client, "story_list", i => $"/?offset={i % 3 * 20}", perKind);
        await server.StopAsync();
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Requests <paramref name="path"/>(i) for i = 0, 1, ... until the time or request budget is spent.</summary>
    private static async Task<int> Measure(HttpClient client, string kind, Func<int, string> path, TimeSpan budget, int maxRequests = int.MaxValue)
    {
        var latencies = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < maxRequests && clock.Elapsed < budget; i++)
        {
            var request = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(path(i), UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(request.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                failures++;
            }
        }

        latencies.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{kind}: requests {latencies.Count}, failed {failures}, p50 {Percentile(latencies, 0.50):F1} ms, p90 {Percentile(latencies, 0.90):F1} ms, " +
            $"p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms"));
        return failures;
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
