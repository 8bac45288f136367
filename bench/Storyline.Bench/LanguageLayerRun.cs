using System.Diagnostics;
using Storyline.Cleaning;
using Storyline.Entities;
using Storyline.Ingest;
using Storyline.Quotes;
using Storyline.Text;

namespace Storyline.Bench;

/// <summary>
/// The language-layer figure: reads and cleans the articles of a corpus (a folder or a JSON Lines
/// file) once, warms up, then runs what turns clean text into who said what — sentences and tokens,
/// entity mentions, names resolved within the article, quotations and their speakers — over every
/// article on one thread for a number of rounds, and reports articles per second of wall and of CPU time.
/// </summary>
internal static class LanguageLayerRun
{
    private const int WarmUpRounds = 2;

    public static int Run(string corpus, int rounds)
    {
        var cleaner = new ArticleCleaner();
        var articles = new DocumentSource(new IngestOptions()).Read([corpus])
            .OfType<DocumentRead>()
            .Select(read => cleaner.Clean(read.Document))
            .ToList();
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"{corpus}: no articles to read");
            return 1;
        }

        var layout = new TextLayoutBuilder();
        var recognizer = new EntityRecognizer();
        var quotes = 0L;
        void Round()
        {
            foreach (var article in articles)
            {
                var text = article.Text;
                var laidOut = layout.Build(text, article.Blocks);
                var entities = EntityResolver.Resolve(recognizer.Recognize(text, laidOut));
                quotes += SpeakerResolver.Resolve(text, laidOut, entities, QuoteExtractor.Extract(text, laidOut, entities)).Count;
            }
        }

        for (var round = 0; round < WarmUpRounds; round++)
        {
            Round();
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            Round();
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var count = articles.Count * rounds;
        Console.WriteLine($"articles: {articles.Count} x {rounds} rounds, {articles.Average(a => a.Text.Length) / 1000:F1} K characters on average");
        Console.WriteLine($"quotes found per round: {quotes / (WarmUpRounds + rounds)}");
        Console.WriteLine($"articles/s (wall): {count / clock.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"articles per CPU second: {count / cpu:F0}");
        return 0;
    }
}
