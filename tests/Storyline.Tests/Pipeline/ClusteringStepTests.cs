using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Pipeline;

public sealed class ClusteringStepTests : IDisposable
{
    private const string Report =
        "Dam bursts above Medran\n\nMEDRAN (Reuters) - The Korvel dam burst on Friday and forced 1,200 people from their homes, " +
        "Mayor Agnes Vilk said.\n\n“The water came faster than anyone had planned for,” Vilk said at a shelter in the town.\n\n" +
        "Engineers had warned of seepage at the dam in a report two years ago, residents said.\n\n" +
        "Rescue crews worked through the morning to reach families stranded on rooftops in the Old Mill quarter.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-cluster-").FullName;

    [Fact]
    public void Every_analysed_article_is_placed_in_an_event_and_a_story()
    {
        Write("a.txt", Report);
        using var store = Open();

        Run(store);

        var stored = Assert.Single(store.ReadAll());
        Assert.StartsWith("evt-", stored.Record.Event, StringComparison.Ordinal);
        Assert.StartsWith("sty-", stored.Record.Story, StringComparison.Ordinal);
    }

    [Fact]
    public void A_republished_copy_points_at_the_first_report_and_joins_its_event()
    {
        Write("a.txt", Report);
        Write("b.txt", Report.Replace("Dam bursts above Medran", "Medran dam bursts", StringComparison.Ordinal));
        using var store = Open();

        Run(store);

        var records = store.ReadAll().Select(s => s.Record).ToDictionary(r => r.Id);
        Assert.Equal("a", records["b"].DuplicateOf);
        Assert.Equal(records["a"].Event, records["b"].Event);
    }

    [Fact]
    public void A_report_and_its_copy_both_credit_the_wire_agency_either_names()
    {
        var plain = Report.Replace("MEDRAN (Reuters) - ", "", StringComparison.Ordinal);
        Write("a.txt", plain);
        Write("b.txt", plain.TrimEnd() + " — AFP\n");
        using var store = Open();

        Run(store);

        var records = store.ReadAll().Select(s => s.Record).ToDictionary(r => r.Id);
        Assert.Equal("a", records["b"].DuplicateOf);
        Assert.Contains("AFP", records["a"].Outlets);
        Assert.Contains("AFP", records["b"].Outlets);
    }

    [Fact]
    public void Events_placed_in_an_earlier_run_keep_their_ids_when_new_articles_arrive()
    {
        Write("a.txt", Report);
        using var store = Open();
        Run(store);
        var before = store.ReadAll().Single().Record.Event;

        Write("b.txt", "Parliament opens dam inquiry\n\nLawmakers voted on Tuesday to open an inquiry into the collapse of the Korvel dam.\n");
        Run(store);

        Assert.Equal(before, store.ReadAll().Single(s => s.Record.Id == "a").Record.Event);
        Assert.Equal(2, store.ReadAll().Count(s => s.Record.Event.StartsWith("evt-", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteStore Open() => SqliteStore.Open(Path.Combine(_directory, "s.db"));

    private void Run(SqliteStore store) =>
        new AnalysisRun(new AnalysisRunOptions(IngestOptions.Default), store).Run([Path.Combine(_directory, "in")]);

    private void Write(string name, string content)
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(Path.Combine(_directory, "in", name), content);
    }
}
