using Microsoft.Data.Sqlite;
using Storyline.Analysis;
using Storyline.Documents;
using Storyline.Storage;
using Storyline.Storage.Sqlite;
using Storyline.Text;

namespace Storyline.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-store-").FullName;

    private string DatabasePath => Path.Combine(_directory, "storyline.db");

    [Fact]
    public void A_new_store_has_the_latest_schema_version()
    {
        using var store = SqliteStore.Open(DatabasePath);

        Assert.True(store.SchemaVersion >= 1);
        Assert.Equal(0, store.Count());
    }

    [Fact]
    public void Saving_the_same_article_twice_stores_it_once()
    {
        using var store = SqliteStore.Open(DatabasePath);

        var first = store.SaveAll([TestArticles.Analyzed("a1", "Body one.")], []);
        var second = store.SaveAll([TestArticles.Analyzed("a1", "Body one.")], []);

        Assert.Equal(SaveOutcome.Added, first[0]);
        Assert.Equal(SaveOutcome.Unchanged, second[0]);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void Changed_content_under_the_same_id_updates_the_article_in_place()
    {
        using var store = SqliteStore.Open(DatabasePath);
        store.SaveAll([TestArticles.Analyzed("a1", "Body one."), TestArticles.Analyzed("a2", "Other.")], []);

        var outcome = store.SaveAll([TestArticles.Analyzed("a1", "Body one, corrected.")], []);

        Assert.Equal(SaveOutcome.Updated, outcome[0]);
        Assert.Equal(["a1", "a2"], store.ReadAll().Select(a => a.Record.Id));
        Assert.Equal("Body one, corrected.", store.ReadAll().First().Record.Text);
    }

    [Fact]
    public void Articles_survive_closing_and_reopening_the_store()
    {
        using (var store = SqliteStore.Open(DatabasePath))
        {
            store.SaveAll([TestArticles.Analyzed("a1", "Body one.", outlets: ["CNN", "AFP"])], []);
        }

        using var reopened = SqliteStore.Open(DatabasePath);
        var stored = Assert.Single(reopened.ReadAll());

        Assert.Equal(["CNN", "AFP"], stored.Record.Outlets);
        Assert.Equal("raw: Body one.", stored.OriginalText);
    }

    [Fact]
    public void The_stored_version_names_the_content_hash()
    {
        using var store = SqliteStore.Open(DatabasePath);
        store.SaveAll([TestArticles.Analyzed("a1", "Body one.")], []);

        Assert.Equal(new StoredVersion(ContentHash.Of("raw: Body one."), AnalysisVersion.Current), store.VersionOf("a1"));
        Assert.Null(store.VersionOf("missing"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_an_error()
    {
        File.WriteAllText(DatabasePath, "this is not a SQLite database, just some text long enough to fill a header page");

        Assert.Throws<SqliteException>(() => SqliteStore.Open(DatabasePath).Dispose());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
