using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Storyline.Cli;

/// <summary><c>storyline stories</c>: the stories in the store with their size, outlets and dates.</summary>
internal static class StoriesCommand
{
    private static readonly string[] Columns = ["story", "title", "articles", "events", "outlets", "dates"];

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "stories",
            "List the stories in the store, largest first, with their events, articles, outlets and dates.\n\nExample:\n  storyline stories")
        {
            database, json,
        };
        command.SetAction(parse =>
        {
            var records = StoreReader.ReadRecords(parse.GetValue(database)!);
            if (records is null)
            {
                return ExitCodes.Failure;
            }

            var stories = records
                .GroupBy(r => r.Story, StringComparer.Ordinal)
                .Select(g =>
                {
                    var dates = g.Select(r => r.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
                    return new Dictionary<string, string?>
                    {
                        ["id"] = g.Key,
                        ["title"] = g.OrderBy(r => r.Published ?? "9999", StringComparer.Ordinal).First().Title,
                        ["articles"] = g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["events"] = g.Select(r => r.Event).Distinct(StringComparer.Ordinal).Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["outlets"] = string.Join(", ", g.SelectMany(r => r.Outlets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                        ["first"] = dates.FirstOrDefault(),
                        ["last"] = dates.LastOrDefault(),
                    };
                })
                .OrderByDescending(s => int.Parse(s["articles"]!, System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(stories, CliJson.Default.IEnumerableDictionaryStringString));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"{stories.Count:N0} stories");
            foreach (var column in Columns)
            {
                table.AddColumn(column);
            }

            foreach (var story in stories)
            {
                var dates = story["first"] is null ? "" : story["first"] == story["last"] ? story["first"]! : $"{story["first"]} – {story["last"]}";
                table.AddRow(
                    Markup.Escape(story["id"]!), Markup.Escape(story["title"] ?? ""), story["articles"]!, story["events"]!,
                    Markup.Escape(story["outlets"]!), dates);
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
