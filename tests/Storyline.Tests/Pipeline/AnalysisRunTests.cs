using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Pipeline;

public sealed class AnalysisRunTests : IDisposable
{
    private const string Article = "Dam talks end\n\nThe minister said the talks would resume on Monday.\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-run-").FullName;

    private string Input => Path.Combine(_directory, "in");

    [Fact]
    public void Running_twice_over_the_same_input_stores_each_article_once()
    {
        Write("a.txt", Article);
        using var store = SqliteStore.Open(Path.Combine(_directory, "s.db"));

        var first = Run(store);
        var second = Run(store);

        Assert.Equal(1, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void A_new_file_is_added_beside_what_is_stored()
    {
        Write("a.txt", Article);
        using var store = SqliteStore.Open(Path.Combine(_directory, "s.db"));
        Run(store);

        Write("b.txt", Article.Replace("Monday", "Tuesday"));
        var second = Run(store);

        Assert.Equal(1, second.Added);
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void An_unreadable_file_is_reported_by_name_and_the_batch_goes_on()
    {
        Write("a.txt", Article);
        File.WriteAllBytes(Path.Combine(Input, "b.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        using var store = SqliteStore.Open(Path.Combine(_directory, "s.db"));

        var summary = Run(store);

        Assert.Equal(1, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.EndsWith("b.txt", failure.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_json_line_is_skipped_and_the_other_lines_are_stored()
    {
        Write("c.jsonl", "{\"id\": \"x1\", \"text\": \"Title\\n\\nBody one.\"}\n{not json\n{\"id\": \"x2\", \"text\": \"Title\\n\\nBody two.\"}\n");
        using var store = SqliteStore.Open(Path.Combine(_directory, "s.db"));

        var summary = Run(store);

        Assert.Equal(2, summary.Added);
        Assert.EndsWith("c.jsonl:2", Assert.Single(summary.Failures).Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_seen_twice_in_one_run_keeps_the_first_article()
    {
        Write("a.jsonl", "{\"id\": \"same\", \"text\": \"One\\n\\nFirst body.\"}\n{\"id\": \"same\", \"text\": \"Two\\n\\nSecond body.\"}\n");
        using var store = SqliteStore.Open(Path.Combine(_directory, "s.db"));

        var summary = Run(store);

        Assert.Equal(1, summary.Added);
        Assert.Single(summary.Failures);
        Assert.Equal("One", store.ReadAll().Single().Record.Title);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private RunSummary Run(SqliteStore store) => new AnalysisRun(new AnalysisRunOptions(IngestOptions.Default), store).Run([Input]);

    private void Write(string name, string content)
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, name), content);
    }
}
