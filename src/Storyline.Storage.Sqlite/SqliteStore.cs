using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Analysis;
using Storyline.Documents;
using Storyline.Entities;
using Storyline.Export;
using Storyline.Stories;
using Storyline.Watching;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file (<c>storyline.db</c>). Writes go through prepared
/// statements inside one transaction per batch, in WAL mode, so a crash loses at most the batch in
/// flight and never leaves half an article behind.
/// </summary>
public sealed class SqliteStore : IArticleStore, IWatchState
{
    private readonly SqliteConnection _connection;
    private long _nextSeq;

    /// <summary>Asked once per input document, so it is prepared once and reused.</summary>
    private SqliteCommand? _versionOf;

    private SqliteStore(SqliteConnection connection)
    {
        _connection = connection;
        _nextSeq = ScalarLong("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles");
    }

    public string DataSource => _connection.DataSource;

    /// <summary>Opens the store at <paramref name="path"/>, creating it and applying migrations as needed.</summary>
    public static SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Execute(connection, "PRAGMA foreign_keys = ON");
            SchemaMigrations.Apply(connection);
            return new SqliteStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => SchemaMigrations.CurrentVersion(_connection);

    public StoredVersion? VersionOf(string articleId)
    {
        if (_versionOf is null)
        {
            _versionOf = _connection.CreateCommand();
            _versionOf.CommandText = "SELECT content_hash, analysis_version FROM articles WHERE id = $id";
            _versionOf.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
            _versionOf.Prepare();
        }

        _versionOf.Parameters["$id"].Value = articleId;
        using var reader = _versionOf.ExecuteReader();
        return reader.Read() ? new StoredVersion(reader.GetString(0), reader.GetInt32(1)) : null;
    }

    public IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<AnalyzedArticle> batch, IReadOnlyList<CatalogEntry> catalogChanges)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(catalogChanges);
        var outcomes = new SaveOutcome[batch.Count];
        if (batch.Count == 0 && catalogChanges.Count == 0)
        {
            return outcomes;
        }

        var now = DateTimeOffset.UtcNow.ToString("O");
        using var transaction = _connection.BeginTransaction();
        using var find = Prepare(transaction, "SELECT content_hash, analysis_version FROM articles WHERE id = $id", "$id");
        using var upsert = Prepare(
            transaction,
            """
            INSERT INTO articles (id, seq, origin, content_hash, analysis_version, title, published, dateline, author,
                                  original_text, source_map, clean_text, sentences, record_json, added_at, updated_at)
            VALUES ($id, $seq, $origin, $hash, $version, $title, $published, $dateline, $author,
                    $original, $map, $clean, $sentences, $record, $now, $now)
            ON CONFLICT (id) DO UPDATE SET
                origin = excluded.origin, content_hash = excluded.content_hash,
                analysis_version = excluded.analysis_version, title = excluded.title,
                published = excluded.published, dateline = excluded.dateline, author = excluded.author,
                original_text = excluded.original_text, source_map = excluded.source_map, clean_text = excluded.clean_text,
                sentences = excluded.sentences, record_json = excluded.record_json,
                updated_at = excluded.updated_at,
                event_id = NULL, story_id = NULL, duplicate_of = NULL, inherited_outlets = NULL
            """,
            "$id", "$seq", "$origin", "$hash", "$version", "$title", "$published", "$dateline", "$author",
            "$original", "$map", "$clean", "$sentences", "$record", "$now");
        using var clearOutlets = Prepare(transaction, "DELETE FROM article_outlets WHERE article_id = $id", "$id");
        using var addOutlet = Prepare(
            transaction, "INSERT OR IGNORE INTO article_outlets (article_id, outlet) VALUES ($id, $outlet)", "$id", "$outlet");

        for (var i = 0; i < batch.Count; i++)
        {
            var analyzed = batch[i];
            var article = analyzed.Article;
            find.Parameters["$id"].Value = article.Id;
            StoredVersion? stored = null;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    stored = new StoredVersion(reader.GetString(0), reader.GetInt32(1));
                }
            }

            if (stored == new StoredVersion(article.ContentHash, AnalysisVersion.Current))
            {
                outcomes[i] = SaveOutcome.Unchanged;
                continue;
            }

            var record = ArticleRecordBuilder.Build(analyzed);
            Bind(upsert, "$id", article.Id);
            Bind(upsert, "$seq", stored is null ? _nextSeq++ : -1);
            Bind(upsert, "$origin", article.Origin);
            Bind(upsert, "$hash", article.ContentHash);
            Bind(upsert, "$version", AnalysisVersion.Current);
            Bind(upsert, "$title", article.Title);
            Bind(upsert, "$published", record.Published);
            Bind(upsert, "$dateline", article.Dateline);
            Bind(upsert, "$author", article.Author);
            Bind(upsert, "$original", analyzed.Document.DecodedText);
            Bind(upsert, "$map", EncodeAnchors(article.SourceMap));
            Bind(upsert, "$clean", article.Text);
            Bind(upsert, "$sentences", EncodeSpans(analyzed.Layout.Sentences));
            Bind(upsert, "$record", JsonSerializer.Serialize(record, ExchangeJson.Default.ArticleRecord));
            Bind(upsert, "$now", now);
            upsert.ExecuteNonQuery();

            clearOutlets.Parameters["$id"].Value = article.Id;
            clearOutlets.ExecuteNonQuery();
            foreach (var outlet in article.Outlets)
            {
                addOutlet.Parameters["$id"].Value = article.Id;
                addOutlet.Parameters["$outlet"].Value = outlet;
                addOutlet.ExecuteNonQuery();
            }

            outcomes[i] = stored is null ? SaveOutcome.Added : SaveOutcome.Updated;
        }

        SaveCatalog(transaction, catalogChanges);
        transaction.Commit();
        return outcomes;
    }

    public IReadOnlyList<CatalogEntry> ReadCatalog() => StoredRows.ReadCatalog(_connection);

    private void SaveCatalog(SqliteTransaction transaction, IReadOnlyList<CatalogEntry> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var nextSeq = ScalarLong("SELECT COALESCE(MAX(seq), 0) + 1 FROM entities", transaction);
        using var upsert = Prepare(
            transaction,
            """
            INSERT INTO entities (id, seq, canonical_name, type, aliases) VALUES ($id, $seq, $name, $type, $aliases)
            ON CONFLICT (id) DO UPDATE SET canonical_name = excluded.canonical_name, type = excluded.type, aliases = excluded.aliases
            """,
            "$id", "$seq", "$name", "$type", "$aliases");
        foreach (var entry in changes)
        {
            Bind(upsert, "$id", entry.Id);
            Bind(upsert, "$seq", nextSeq++);
            Bind(upsert, "$name", entry.CanonicalName);
            Bind(upsert, "$type", entry.Type.ToString());
            Bind(upsert, "$aliases", JsonSerializer.Serialize(entry.Aliases, ExchangeJson.Default.IReadOnlyListString));
            upsert.ExecuteNonQuery();
        }
    }

    public IEnumerable<StoredArticle> ReadAll()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"SELECT {StoredRows.RecordColumns}, origin, content_hash, original_text, added_at FROM articles ORDER BY seq";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = StoredRows.Record(reader);
            var next = StoredRows.RecordColumnCount;
            yield return new StoredArticle(
                record, reader.GetString(next), reader.GetString(next + 1), reader.GetString(next + 2),
                DateTimeOffset.Parse(reader.GetString(next + 3)));
        }
    }

    /// <remarks>
    /// The query names its index: left to itself SQLite finds the unplaced rows through the event index
    /// and sorts all of them, records and all, for every page, so a page of a million-article store cost
    /// seconds and clustering grew with the square of the archive.
    /// </remarks>
    public IReadOnlyList<(ArticleRecord Record, long Arrival)> ReadUnclustered(int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT record_json, seq FROM articles INDEXED BY ix_articles_unclustered " +
            "WHERE event_id IS NULL ORDER BY published IS NULL, published, seq LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var page = new List<(ArticleRecord, long)>();
        while (reader.Read())
        {
            var record = JsonSerializer.Deserialize(reader.GetString(0), ExchangeJson.Default.ArticleRecord)
                ?? throw new InvalidDataException("An article record is empty in the store.");
            page.Add((record, reader.GetInt64(1)));
        }

        return page;
    }

    public IReadOnlyList<string> OutletsOf(string articleId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT outlet FROM article_outlets WHERE article_id = $id";
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var outlets = new List<string>();
        while (reader.Read())
        {
            outlets.Add(reader.GetString(0));
        }

        return outlets;
    }

    public void SaveClusters(IReadOnlyList<(ClusterAssignment Assignment, IReadOnlyList<string> InheritedOutlets)> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        using var transaction = _connection.BeginTransaction();
        using var update = Prepare(
            transaction,
            "UPDATE articles SET event_id = $event, story_id = $story, duplicate_of = $duplicate, " +
            "inherited_outlets = COALESCE($inherited, inherited_outlets) WHERE id = $id",
            "$event", "$story", "$duplicate", "$inherited", "$id");
        foreach (var (assignment, inherited) in assignments)
        {
            Bind(update, "$event", assignment.EventId);
            Bind(update, "$story", assignment.StoryId);
            Bind(update, "$duplicate", assignment.DuplicateOf);
            Bind(update, "$inherited", inherited.Count == 0 ? null : JsonSerializer.Serialize(inherited, ExchangeJson.Default.IReadOnlyListString));
            Bind(update, "$id", assignment.ArticleId);
            update.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// The state is written as JSON to a scratch file first and then copied into a blob of its length,
    /// so it is never held in memory as one string or buffer: it holds every live event and story.
    /// </summary>
    public void SaveClusteringState(ClusteringSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var staged = new FileStream(
            Path.Combine(Path.GetTempPath(), $"storyline-state-{Guid.NewGuid():N}.json"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        ClusteringSnapshotJson.Serialize(staged, snapshot);
        staged.Position = 0;
        using var transaction = _connection.BeginTransaction();
        using (var save = Prepare(
            transaction,
            "INSERT INTO clustering_state (id, json) VALUES (1, zeroblob($length)) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
            "$length"))
        {
            Bind(save, "$length", staged.Length);
            save.ExecuteNonQuery();
        }

        using (var blob = new SqliteBlob(_connection, "clustering_state", "json", 1))
        {
            staged.CopyTo(blob);
        }

        transaction.Commit();
    }

    public void AddCredits(string articleId, IReadOnlyList<string> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        using var transaction = _connection.BeginTransaction();
        using var read = Prepare(transaction, "SELECT inherited_outlets FROM articles WHERE id = $id", "$id");
        Bind(read, "$id", articleId);
        var known = read.ExecuteScalar() is string json ? StoredRows.DecodeList(json) : [];
        var merged = known.Union(outlets, StringComparer.Ordinal).ToList();
        using var write = Prepare(transaction, "UPDATE articles SET inherited_outlets = $inherited WHERE id = $id", "$inherited", "$id");
        Bind(write, "$inherited", JsonSerializer.Serialize<IReadOnlyList<string>>(merged, ExchangeJson.Default.IReadOnlyListString));
        Bind(write, "$id", articleId);
        write.ExecuteNonQuery();
        transaction.Commit();
    }

    public ClusteringSnapshot? ReadClusteringState()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT json FROM clustering_state WHERE id = 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        // Stores written before the state was streamed hold it as text; both are UTF-8 JSON.
        using var json = reader.GetStream(0);
        return ClusteringSnapshotJson.Deserialize(json);
    }

    public FeedValidators? ValidatorsOf(string feedUrl)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM feed_validators WHERE url = $url";
        command.Parameters.AddWithValue("$url", feedUrl);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public void SaveValidators(string feedUrl, FeedValidators validators)
    {
        ArgumentNullException.ThrowIfNull(validators);
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO feed_validators (url, etag, last_modified) VALUES ($url, $etag, $modified)";
        command.Parameters.AddWithValue("$url", feedUrl);
        command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", (object?)validators.LastModified ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public bool WasFetched(string articleUrl)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM fetched_urls WHERE url = $url";
        command.Parameters.AddWithValue("$url", articleUrl);
        return command.ExecuteScalar() is not null;
    }

    public void MarkFetched(string articleUrl)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO fetched_urls (url, fetched_at) VALUES ($url, $at)";
        command.Parameters.AddWithValue("$url", articleUrl);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public int Count() => (int)ScalarLong("SELECT COUNT(*) FROM articles");

    public void Dispose()
    {
        _versionOf?.Dispose();
        _connection.Dispose();
    }

    private static byte[] EncodeAnchors(OffsetMap map)
    {
        var anchors = map.Anchors.ToList();
        var bytes = new byte[anchors.Count * 8];
        for (var i = 0; i < anchors.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), anchors[i].Target);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 8) + 4), anchors[i].Source);
        }

        return bytes;
    }

    private static byte[] EncodeSpans(IReadOnlyList<TextSpan> spans)
    {
        var bytes = new byte[spans.Count * 8];
        for (var i = 0; i < spans.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), spans[i].Start);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 8) + 4), spans[i].Length);
        }

        return bytes;
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    private long ScalarLong(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
