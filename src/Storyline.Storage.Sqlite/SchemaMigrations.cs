using Microsoft.Data.Sqlite;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The store's schema as an ordered list of migrations. The database records the last one applied
/// in <c>PRAGMA user_version</c>; opening a store applies, in one transaction, every migration numbered
/// above it. Numbers are handed out ahead of time, so a gap is allowed: a later migration applies
/// after whichever earlier ones exist. Migrations are only ever appended: a released one is never edited.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly (int Version, string[] Sql)[] Steps =
    [
        (1, [
            """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                seq INTEGER NOT NULL UNIQUE,
                origin TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                analysis_version INTEGER NOT NULL,
                title TEXT,
                published TEXT,
                dateline TEXT,
                author TEXT,
                original_text TEXT NOT NULL,
                source_map BLOB NOT NULL,
                clean_text TEXT NOT NULL,
                sentences BLOB NOT NULL,
                record_json TEXT NOT NULL,
                event_id TEXT,
                story_id TEXT,
                duplicate_of TEXT,
                added_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX ix_articles_content_hash ON articles (content_hash)",
            "CREATE INDEX ix_articles_published ON articles (published)",
            """
            CREATE TABLE article_outlets (
                article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                outlet TEXT NOT NULL,
                PRIMARY KEY (article_id, outlet)
            ) WITHOUT ROWID
            """,
            "CREATE INDEX ix_article_outlets_outlet ON article_outlets (outlet)",
        ]),
        (2, [
            """
            CREATE TABLE entities (
                id TEXT PRIMARY KEY,
                seq INTEGER NOT NULL,
                canonical_name TEXT NOT NULL,
                type TEXT NOT NULL,
                aliases TEXT NOT NULL
            )
            """,
            "CREATE INDEX ix_entities_seq ON entities (seq)",
        ]),
        (3, [
            "ALTER TABLE articles ADD COLUMN inherited_outlets TEXT",
            "CREATE INDEX ix_articles_unclustered ON articles (published IS NULL, published, seq) WHERE event_id IS NULL",
            "CREATE INDEX ix_articles_event ON articles (event_id)",
            "CREATE INDEX ix_articles_story ON articles (story_id)",
            "CREATE TABLE clustering_state (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)",
        ]),
        (4, SearchIndexSchema.Create),
        (6, [
            "CREATE TABLE feed_validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT) WITHOUT ROWID",
            "CREATE TABLE fetched_urls (url TEXT PRIMARY KEY, fetched_at TEXT NOT NULL) WITHOUT ROWID",
        ]),
    ];

    public static int Latest => Steps[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"The database has schema version {current}, newer than this Storyline knows ({Latest}); upgrade Storyline.");
        }

        if (current == Latest)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        foreach (var (_, statements) in Steps.Where(s => s.Version > current))
        {
            foreach (var sql in statements)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }

        using (var setVersion = connection.CreateCommand())
        {
            setVersion.Transaction = transaction;
            setVersion.CommandText = $"PRAGMA user_version = {Latest}";
            setVersion.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
