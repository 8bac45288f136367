using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Storyline.Cli;

/// <summary><c>storyline quotes</c>: who said what, from the store, with outlet and date.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var speaker = new Option<string?>("--speaker")
        {
            Description = "Only quotes whose speaker's name contains this text (case-insensitive).",
            HelpName = "NAME",
        };
        var story = new Option<string?>("--story") { Description = "Only quotes from this story.", HelpName = "ID" };
        var indirect = new Option<bool>("--indirect") { Description = "Include reported (indirect) speech." };
        var command = new Command(
            "quotes",
            "List quotations with their speaker, outlet and date.\n\nExample:\n  storyline quotes --speaker Kuleba")
        {
            database, speaker, story, indirect, json,
        };
        command.SetAction(parse =>
        {
            var records = StoreReader.ReadRecords(parse.GetValue(database)!);
            if (records is null)
            {
                return ExitCodes.Failure;
            }

            var name = parse.GetValue(speaker);
            var storyId = parse.GetValue(story);
            var withIndirect = parse.GetValue(indirect);
            var rows = records
                .Where(r => storyId is null || r.Story == storyId)
                .SelectMany(r => r.Quotes.Select(q => (Article: r, Quote: q)))
                .Where(x => withIndirect || x.Quote.Kind != "indirect")
                .Where(x => name is null || (x.Quote.Speaker?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();
            if (parse.GetValue(json))
            {
                var lines = rows.Select(x => new Dictionary<string, string?>
                {
                    ["speaker"] = x.Quote.Speaker,
                    ["text"] = x.Quote.Text,
                    ["kind"] = x.Quote.Kind,
                    ["article"] = x.Article.Id,
                    ["outlets"] = string.Join(", ", x.Article.Outlets),
                    ["published"] = x.Article.Published,
                    ["story"] = x.Article.Story,
                });
                Console.WriteLine(JsonSerializer.Serialize(lines, CliJson.Default.IEnumerableDictionaryStringString));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"{rows.Count:N0} quotes");
            table.AddColumn("speaker");
            table.AddColumn("quote");
            table.AddColumn("kind");
            table.AddColumn("outlet");
            table.AddColumn("date");
            foreach (var (article, quote) in rows)
            {
                table.AddRow(
                    Markup.Escape(quote.Speaker ?? "(unknown)"),
                    Markup.Escape(quote.Text),
                    quote.Kind,
                    Markup.Escape(article.Outlets.Count > 0 ? string.Join(", ", article.Outlets) : article.Id),
                    article.Published ?? "");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
