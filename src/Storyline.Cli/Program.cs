using System.CommandLine;
using Storyline.Cli;

var root = new RootCommand(
    "Storyline turns a pile of news articles from many outlets into the story behind them: clean articles, " +
    "who said what, events and stories.\n\nStart with:\n  storyline analyze samples --out out\n\n" + ExitCodes.Help)
{
    AnalyzeCommand.Create(),
    ExportCommand.Create(),
    StoriesCommand.Create(),
    QuotesCommand.Create(),
    ReportCommand.Create(),
    ServeCommand.Create(),
    WatchCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"storyline: {error.Message}");
    }

    Console.Error.WriteLine("Try 'storyline --help'.");
    return ExitCodes.Usage;
}

try
{
    // The handler below, not System.CommandLine's (which prints a stack trace), reports a failure.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
#pragma warning disable CA1031 // The last line of defence: one clear line instead of a stack trace.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"storyline: {e.GetType().Name}: {e.Message}");
    return ExitCodes.Failure;
}
