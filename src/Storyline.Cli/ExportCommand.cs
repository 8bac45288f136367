using Storyline.Entities;
using System.CommandLine;
using Storyline.Export;

namespace Storyline.Cli;

/// <summary><c>storyline export</c>: writes the exchange files from the store without analysing anything.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var output = CommonOptions.Out("The folder to write articles.jsonl and stories.jsonl into.");
        output.Required = true;
        var command = new Command(
            "export",
            "Write articles.jsonl and stories.jsonl (the exchange format) from the store.\n\n" +
            "Example:\n  storyline export --db storyline.db --out out\n\n" + ExitCodes.Help)
        {
            database, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(database)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"storyline: no store at '{path}'; run 'storyline analyze' first");
                return ExitCodes.Failure;
            }

            using var store = StoreOpener.Open(path);
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var directory = parse.GetValue(output)!;
            var summary = ExchangeWriter.Write(store.ReadAll(), EntityCatalog.FromEntries(store.ReadCatalog()), directory);
            Console.WriteLine($"wrote {summary.Articles} articles and {summary.Stories} stories to {directory}");
            return ExitCodes.Success;
        });
        return command;
    }
}
