using Microsoft.Data.Sqlite;
using Storyline.Storage.Sqlite;
using Storyline.Stories;

namespace Storyline.Tests.Storage;

public sealed class ClusteringStateTests : IDisposable
{
    private static readonly ClusterInput[] Inputs =
    [
        ClusterInput.FromText("a", "Fire destroys Palmer warehouse", "A fire destroyed the historic Matanuska Maid warehouse in Palmer overnight, fire chief Dan Ross said on Tuesday.", 0, new DateOnly(2024, 5, 7)),
        ClusterInput.FromText("b", "Central bank raises rates", "The central bank raised its main interest rate by half a point on Tuesday, governor Ana Silva said.", 1, new DateOnly(2024, 5, 7)),
        ClusterInput.FromText("c", "Palmer warehouse lost to blaze", "Fire chief Dan Ross said the Matanuska Maid warehouse in Palmer was lost to a blaze that burned overnight.", 2, new DateOnly(2024, 5, 8)),
        ClusterInput.FromText("d", "Rates rise again", "Governor Ana Silva said the central bank would raise its interest rate again if prices kept rising.", 3, new DateOnly(2024, 5, 9)),
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-state-").FullName;

    private string DatabasePath => Path.Combine(_directory, "storyline.db");

    [Fact]
    public void A_store_without_a_saved_state_reads_none()
    {
        using var store = SqliteStore.Open(DatabasePath);

        Assert.Null(store.ReadClusteringState());
    }

    [Fact]
    public void A_saved_state_is_read_back_as_it_was_saved()
    {
        var clusterer = new StoryClusterer();
        foreach (var input in Inputs)
        {
            clusterer.Assign(input);
        }

        var snapshot = clusterer.ToSnapshot();
        using var store = SqliteStore.Open(DatabasePath);
        store.SaveClusteringState(snapshot);

        Assert.Equal(ClusteringSnapshotJson.Serialize(snapshot), ClusteringSnapshotJson.Serialize(store.ReadClusteringState()!));
    }

    [Fact]
    public void Saving_a_state_again_replaces_the_one_before_whatever_its_size()
    {
        var clusterer = new StoryClusterer();
        using var store = SqliteStore.Open(DatabasePath);
        clusterer.Assign(Inputs[0]);
        var small = clusterer.ToSnapshot();
        foreach (var input in Inputs.Skip(1))
        {
            clusterer.Assign(input);
        }

        var large = clusterer.ToSnapshot();

        store.SaveClusteringState(large);
        store.SaveClusteringState(small);
        Assert.Equal(ClusteringSnapshotJson.Serialize(small), ClusteringSnapshotJson.Serialize(store.ReadClusteringState()!));
        store.SaveClusteringState(large);
        Assert.Equal(ClusteringSnapshotJson.Serialize(large), ClusteringSnapshotJson.Serialize(store.ReadClusteringState()!));
    }

    [Fact]
    public void A_state_an_earlier_version_stored_as_text_is_still_read()
    {
        var clusterer = new StoryClusterer();
        clusterer.Assign(Inputs[0]);
        var json = ClusteringSnapshotJson.Serialize(clusterer.ToSnapshot());
        using (SqliteStore.Open(DatabasePath))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO clustering_state (id, json) VALUES (1, $json)";
            command.Parameters.AddWithValue("$json", json);
            command.ExecuteNonQuery();
        }

        using var store = SqliteStore.Open(DatabasePath);
        Assert.Equal(json, ClusteringSnapshotJson.Serialize(store.ReadClusteringState()!));
    }

    [Fact]
    public void Clustering_resumed_from_the_stored_state_assigns_as_one_run_does()
    {
        var oneRun = new StoryClusterer();
        var expected = Inputs.Select(oneRun.Assign).ToList();

        var firstRun = new StoryClusterer();
        var actual = Inputs.Take(2).Select(firstRun.Assign).ToList();
        using (var store = SqliteStore.Open(DatabasePath))
        {
            store.SaveClusteringState(firstRun.ToSnapshot());
        }

        using (var store = SqliteStore.Open(DatabasePath))
        {
            var secondRun = StoryClusterer.Restore(store.ReadClusteringState()!);
            actual.AddRange(Inputs.Skip(2).Select(secondRun.Assign));
        }

        Assert.Equal(expected, actual);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
