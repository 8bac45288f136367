using Storyline.Entities;
using System.CommandLine;
using Spectre.Console;
using Storyline.Export;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli;

/// <summary><c>storyline analyze</c>: reads files and folders of articles, analyses them and stores the result.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders (searched recursively) of .txt articles, .jsonl corpora, RSS or Atom feeds (.rss, .atom, .xml) and .warc or .warc.gz crawls.",
            Arity = ArgumentArity.OneOrMore,
        };
        // A mistyped option would otherwise be taken for an input path and fail later as a missing file.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var database = CommonOptions.Database();
        var output = CommonOptions.Out("Also write articles.jsonl and stories.jsonl into this folder.");
        var json = CommonOptions.Json();
        var maxFileMegabytes = new Option<int>("--max-file-mb")
        {
            Description = "Refuse input files larger than this many megabytes.",
            DefaultValueFactory = _ => (int)(IngestOptions.DefaultMaxFileBytes / (1024 * 1024)),
            HelpName = "MB",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Exit with code 3 when any input item was skipped.",
        };

        var command = new Command(
            "analyze",
            "Read articles, clean them, analyse them and add them to the store. Re-running on the same input " +
            "changes nothing; new or changed articles are added.\n\n" +
            "Example:\n  storyline analyze samples --db storyline.db --out out\n\n" + ExitCodes.Help)
        {
            inputs, database, output, json, maxFileMegabytes, strict,
        };
        command.SetAction(parse =>
        {
            var maxMb = parse.GetValue(maxFileMegabytes);
            if (maxMb <= 0)
            {
                Console.Error.WriteLine("storyline: --max-file-mb must be a positive number of megabytes");
                return ExitCodes.Usage;
            }

            return Run(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(database)!,
                parse.GetValue(output),
                parse.GetValue(json),
                new IngestOptions { MaxFileBytes = maxMb * 1024L * 1024L },
                parse.GetValue(strict));
        });
        return command;
    }

    private static int Run(string[] inputs, string databasePath, string? outputDirectory, bool json, IngestOptions ingest, bool strict)
    {
        using var store = StoreOpener.Open(databasePath);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        var run = new AnalysisRun(new AnalysisRunOptions(ingest), store);
        static void ReportFailure(RunFailure failure) => Console.Error.WriteLine($"skipped {failure}");

        RunSummary summary;
        if (!json && AnsiConsole.Profile.Capabilities.Interactive)
        {
            summary = null!;
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Analysing").IsIndeterminate();
                    summary = run.Run(
                        inputs,
                        ReportFailure,
                        progress => task.Description = $"Analysing: {progress.Analysed:N0} stored, {progress.Unchanged:N0} unchanged, {progress.Failures.Count:N0} skipped");
                });
        }
        else
        {
            summary = run.Run(inputs, ReportFailure);
        }

        ExportSummary? export = null;
        if (outputDirectory is not null)
        {
            export = ExchangeWriter.Write(store.ReadAll(), EntityCatalog.FromEntries(store.ReadCatalog()), outputDirectory);
        }

        if (json)
        {
            SummaryView.WriteJson(summary, store.Count(), outputDirectory, export);
        }
        else
        {
            SummaryView.WriteTable(summary, store.Count(), databasePath, outputDirectory, export);
        }

        if (summary.ItemsRead > 0 && summary.ItemsRead == summary.Failures.Count)
        {
            return ExitCodes.Failure;
        }

        return strict && summary.Failures.Count > 0 ? ExitCodes.ItemsSkipped : ExitCodes.Success;
    }
}
