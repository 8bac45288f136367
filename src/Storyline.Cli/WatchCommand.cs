using System.CommandLine;
using System.Globalization;
using Storyline.Fetching;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Watching;

namespace Storyline.Cli;

/// <summary><c>storyline watch</c>: polls RSS and Atom feeds and analyses their new articles into the store.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("feeds")
        {
            Description = "The http or https addresses of RSS or Atom feeds.",
            Arity = ArgumentArity.OneOrMore,
        };
        var every = new Option<string>("--every")
        {
            Description = "How long to wait between polls: a number with s, m or h.",
            DefaultValueFactory = _ => "15m",
            HelpName = "INTERVAL",
        };
        var once = new Option<bool>("--once") { Description = "Poll once and exit." };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Allow feeds and articles on private, loopback and link-local addresses.",
        };
        var database = CommonOptions.Database();

        var command = new Command(
            "watch",
            "Poll feeds, fetch each new article once and analyse it into the store. Feeds are asked for only " +
            "when changed (ETag, Last-Modified); robots.txt is respected; one request per second per host.\n\n" +
            "Example:\n  storyline watch https://example.org/feed.xml --every 15m --db storyline.db\n\n" + ExitCodes.Help)
        {
            feeds, every, once, allowPrivate, database,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (ParseInterval(parse.GetValue(every)!) is not { } interval)
            {
                Console.Error.WriteLine("storyline: --every must be a positive number with s, m or h, such as 15m");
                return ExitCodes.Usage;
            }

            var urls = new List<Uri>();
            foreach (var text in parse.GetValue(feeds) ?? [])
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                {
                    Console.Error.WriteLine($"storyline: '{text}' is not an http or https address");
                    return ExitCodes.Usage;
                }

                urls.Add(url);
            }

            return await RunAsync(urls, interval, parse.GetValue(once), parse.GetValue(allowPrivate), parse.GetValue(database)!, cancellation);
        });
        return command;
    }

    private static TimeSpan? ParseInterval(string text)
    {
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => null,
        };
    }

    private static async Task<int> RunAsync(IReadOnlyList<Uri> feeds, TimeSpan interval, bool once, bool allowPrivate, string databasePath, CancellationToken cancellation)
    {
        using var store = StoreOpener.Open(databasePath);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = allowPrivate });
        var ingest = IngestOptions.Default;
        var watcher = new FeedWatcher(fetcher, store, new AnalysisRun(new AnalysisRunOptions(ingest), store), ingest);
        try
        {
            while (true)
            {
                var poll = await watcher.PollAsync(feeds, line => Console.Error.WriteLine($"skipped {line}"), cancellation);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{DateTimeOffset.UtcNow:u} feeds changed {poll.FeedsChanged}, unchanged or failed {poll.FeedsUnchanged}; " +
                    $"articles fetched {poll.ArticlesFetched}, stored {poll.Analysis?.Analysed ?? 0}; store holds {store.Count()}"));
                if (once)
                {
                    return ExitCodes.Success;
                }

                await Task.Delay(interval, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }
}
