using Microsoft.Data.Sqlite;
using Storyline.Storage.Sqlite;
using Storyline.Watching;

namespace Storyline.Tests.Storage;

public sealed class WatchStateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-watch-").FullName;

    private string DatabasePath => Path.Combine(_directory, "storyline.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Validators_and_fetched_urls_survive_reopening_the_store()
    {
        using (var store = SqliteStore.Open(DatabasePath))
        {
            store.SaveValidators("https://example.org/feed", new FeedValidators("\"v2\"", "Tue, 05 Mar 2024 08:30:00 GMT"));
            store.MarkFetched("https://example.org/a");
        }

        using var reopened = SqliteStore.Open(DatabasePath);

        Assert.Equal(new FeedValidators("\"v2\"", "Tue, 05 Mar 2024 08:30:00 GMT"), reopened.ValidatorsOf("https://example.org/feed"));
        Assert.True(reopened.WasFetched("https://example.org/a"));
        Assert.False(reopened.WasFetched("https://example.org/b"));
    }

    [Fact]
    public void A_store_from_before_the_watch_tables_gains_them_across_the_gap_in_migration_numbers()
    {
        using (SqliteStore.Open(DatabasePath))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE feed_validators; DROP TABLE fetched_urls; PRAGMA user_version = 4;";
            command.ExecuteNonQuery();
        }

        using var store = SqliteStore.Open(DatabasePath);

        store.MarkFetched("https://example.org/a");
        Assert.True(store.WasFetched("https://example.org/a"));
        Assert.Equal(6, store.SchemaVersion);
    }
}
