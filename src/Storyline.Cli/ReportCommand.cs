using System.CommandLine;
using Storyline.Dossiers;
using Storyline.Entities;
using Storyline.Export;
using Storyline.Reports;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli;

/// <summary><c>storyline report</c>: one story's dossier as a standalone HTML page, Markdown or JSON.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var story = new Argument<string>("STORY") { Description = "The story's id, as 'storyline stories' lists it." };
        var format = new Option<string>("--format")
        {
            Description = "html: a page that stands alone (no script, nothing fetched, fits a phone); md: Markdown for pasting; json: the report's data.",
            Required = true,
            HelpName = "html|md|json",
        };
        format.AcceptOnlyFromAmong("html", "md", "json");
        var database = CommonOptions.Database();
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of stdout.", HelpName = "FILE" };
        var command = new Command(
            "report",
            "Write a story's dossier: summary with a citation for every sentence, timeline, figures and where sources " +
            "disagree, positions, quotes by speaker, coverage by outlet.\n\nExample:\n  storyline report sty-000001 --format html --out story.html\n\n" +
            ExitCodes.Help)
        {
            story, format, database, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(database)!;
            var id = parse.GetValue(story)!;
            if (Read(path, id) is not { } report)
            {
                return ExitCodes.Failure;
            }

            var text = parse.GetValue(format) switch
            {
                "md" => MarkdownReport.Render(report),
                "json" => ReportJson.Render(report) + "\n",
                _ => HtmlReport.Page(report),
            };
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, text, new System.Text.UTF8Encoding(false));
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The story's report from every article of it in the store, or null (with one line on stderr).</summary>
    private static StoryReport? Read(string path, string id)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"storyline: no store at '{path}'; run 'storyline analyze' first");
            return null;
        }

        // Opening the store for writing first brings an older schema up to date before it is read.
        using (var store = StoreOpener.Open(path))
        {
            if (store is null)
            {
                return null;
            }
        }

        using var archive = SqliteArchive.Open(path);
        var catalog = EntityCatalog.FromEntries(archive.ReadCatalog());
        // The archive gives the newest first; the dossier reads them in the order they arrived, as export does.
        var articles = archive.StoryArticles(id, int.MaxValue).Reverse().Select(a => CatalogNaming.Apply(a, catalog)).ToList();
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"storyline: no story '{id}' in '{path}'; 'storyline stories' lists them");
            return null;
        }

        var opening = articles.OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal).First();
        return StoryReport.From(id, opening.Title ?? opening.Id, articles, new DossierBuilder().Build(articles));
    }
}
