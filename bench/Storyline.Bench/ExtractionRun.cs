using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Storyline.Html;

namespace Storyline.Bench;

/// <summary>
/// The HTML extraction figure: loads the pages of a JSON Lines corpus (<c>id</c>, <c>html</c>,
/// optional <c>url</c>) into memory, warms up, then extracts every page on one thread for a number
/// of rounds and reports pages per second of wall and of CPU time. With an output path it also writes each
/// page's body as <c>{"id", "text"}</c>, the shape <c>score.py extraction</c> reads.
/// </summary>
internal static class ExtractionRun
{
    private const int WarmUpRounds = 3;

    public static int Run(string corpus, string? output, int rounds)
    {
        var pages = new List<(string Id, string Html, string? Url)>();
        foreach (var line in File.ReadLines(corpus))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("html", out var html) && html.GetString() is { } text)
            {
                var url = root.TryGetProperty("url", out var u) ? u.GetString() : null;
                pages.Add((root.GetProperty("id").ToString(), text, url));
            }
        }

        var extractor = new HtmlArticleExtractor();
        var results = pages.Select(p => extractor.Extract(p.Html, p.Url)).ToList();

        // The parser is a large body of code that the JIT takes a few thousand pages to optimise
        // fully; a long batch runs at the optimised speed, so that is what is timed.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var page in pages)
            {
                extractor.Extract(page.Html, page.Url);
            }
        }
        if (output is not null)
        {
            using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
            for (var i = 0; i < pages.Count; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { id = pages[i].Id, text = string.Join("\n\n", results[i].Blocks.Select(b => b.Text)) }));
            }
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                extractor.Extract(page.Html, page.Url);
            }
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var count = pages.Count * rounds;
        var megabytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Html)) / 1e6 / pages.Count;
        Console.WriteLine($"pages: {pages.Count} x {rounds} rounds, {megabytes * 1000:F0} KB on average");
        Console.WriteLine($"pages/s (wall): {count / clock.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"pages per CPU second: {count / cpu:F0}");
        return 0;
    }
}
