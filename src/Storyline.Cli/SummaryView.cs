using System.Text.Json;
using Spectre.Console;
using Storyline.Export;
using Storyline.Pipeline;

namespace Storyline.Cli;

/// <summary>Shows what a run did: a table for people, or one JSON object for programs.</summary>
internal static class SummaryView
{
    public static void WriteTable(RunSummary summary, int storedTotal, string databasePath, string? outputDirectory, ExportSummary? export)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("storyline analyze");
        table.AddColumn("what");
        table.AddColumn(new TableColumn("count").RightAligned());
        void Row(string label, string value) => table.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("items read", $"{summary.ItemsRead:N0}");
        Row("articles added", $"{summary.Added:N0}");
        Row("articles updated", $"{summary.Updated:N0}");
        Row("articles unchanged", $"{summary.Unchanged:N0}");
        Row("items skipped", $"{summary.Failures.Count:N0}");
        Row("words", $"{summary.Words:N0}");
        Row("sentences", $"{summary.Sentences:N0}");
        Row("articles placed in events", $"{summary.Clustered:N0}");
        Row("re-published copies found", $"{summary.Copies:N0}");
        Row("articles in store", $"{storedTotal:N0}");
        Row("time", $"{summary.Elapsed.TotalSeconds:F2} s ({summary.ArticlesPerSecond:N0} articles/s)");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"store: [blue]{Markup.Escape(databasePath)}[/]");
        if (outputDirectory is not null && export is not null)
        {
            AnsiConsole.MarkupLine(
                $"wrote [blue]{Markup.Escape(Path.Combine(outputDirectory, ExchangeWriter.ArticlesFile))}[/] ({export.Articles:N0}) and " +
                $"[blue]{Markup.Escape(Path.Combine(outputDirectory, ExchangeWriter.StoriesFile))}[/] ({export.Stories:N0})");
        }
    }

    public static void WriteJson(RunSummary summary, int storedTotal, string? outputDirectory, ExportSummary? export)
    {
        using var stream = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("items_read", summary.ItemsRead);
        writer.WriteNumber("added", summary.Added);
        writer.WriteNumber("updated", summary.Updated);
        writer.WriteNumber("unchanged", summary.Unchanged);
        writer.WriteNumber("skipped", summary.Failures.Count);
        writer.WriteNumber("words", summary.Words);
        writer.WriteNumber("sentences", summary.Sentences);
        writer.WriteNumber("clustered", summary.Clustered);
        writer.WriteNumber("copies", summary.Copies);
        writer.WriteNumber("stored_total", storedTotal);
        writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        writer.WriteNumber("articles_per_second", Math.Round(summary.ArticlesPerSecond, 1));
        writer.WriteStartArray("failures");
        foreach (var failure in summary.Failures)
        {
            writer.WriteStartObject();
            writer.WriteString("origin", failure.Origin);
            writer.WriteString("stage", failure.Stage);
            writer.WriteString("reason", failure.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (outputDirectory is not null && export is not null)
        {
            writer.WriteString("out", outputDirectory);
            writer.WriteNumber("exported_articles", export.Articles);
            writer.WriteNumber("exported_stories", export.Stories);
        }

        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
