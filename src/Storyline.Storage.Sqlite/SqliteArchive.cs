using Microsoft.Data.Sqlite;
using Storyline.Entities;
using Storyline.Export;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The read side of the store, for pages and the API: the story list, a story's articles, an article,
/// the entity catalog and full-text search. One archive is one pooled connection, so open one per
/// request; it never writes (new articles arrive through <see cref="SqliteStore"/>).
/// </summary>
public sealed class SqliteArchive : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteArchive(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens an existing store for reading; <see cref="SqliteStore.Open"/> must have created it.</summary>
    public static SqliteArchive Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString());
        try
        {
            connection.Open();
            return new SqliteArchive(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Changes whenever articles or catalog entries are added, so a cached catalog knows when to reload.</summary>
    public (long Articles, long Entities) Generation()
    {
        using var command = Command("SELECT (SELECT COALESCE(MAX(seq), 0) FROM articles), (SELECT COALESCE(MAX(seq), 0) FROM entities)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public IReadOnlyList<CatalogEntry> ReadCatalog() => StoredRows.ReadCatalog(_connection);

    /// <summary>Stories by their latest article's date, newest first (undated stories last).</summary>
    public ResultPage<StoryListing> Stories(int limit, int offset)
    {
        var rows = new List<(string Id, int Articles, int Events, string? First, string? Last)>();
        using (var command = Command(
            """
            SELECT story_id, COUNT(*), COUNT(DISTINCT event_id), MIN(published), MAX(published) FROM articles
            WHERE story_id IS NOT NULL GROUP BY story_id
            ORDER BY MAX(published) IS NULL, MAX(published) DESC, story_id DESC LIMIT $limit OFFSET $offset
            """,
            ("$limit", limit + 1),
            ("$offset", offset)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), NullableString(reader, 3), NullableString(reader, 4)));
            }
        }

        var listings = rows.Take(limit).Select(r =>
        {
            var (title, lede) = Opening(r.Id);
            return new StoryListing(r.Id, title, r.Articles, r.Events, OutletsOfStory(r.Id), Date(r.First), Date(r.Last), lede);
        }).ToList();
        return new ResultPage<StoryListing>(listings, offset, rows.Count > limit);
    }

    /// <summary>The newest <paramref name="limit"/> articles of a story, latest arrival first, or an empty list when
    /// there is no such story. Rows are added in arrival order, so the story index yields them without a sort.</summary>
    public IReadOnlyList<ArticleRecord> StoryArticles(string storyId, int limit)
    {
        using var command = Command(
            $"SELECT {StoredRows.RecordColumns} FROM articles WHERE story_id = $id ORDER BY rowid DESC LIMIT $limit", ("$id", storyId), ("$limit", limit));
        return ReadRecords(command);
    }

    /// <summary>How many articles a story has, its first and last dates and its outlets.</summary>
    public (int Articles, string? First, string? Last, IReadOnlyList<string> Outlets) StoryFacts(string storyId)
    {
        using var command = Command("SELECT COUNT(*), MIN(published), MAX(published) FROM articles WHERE story_id = $id", ("$id", storyId));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), Date(NullableString(reader, 1)), Date(NullableString(reader, 2)), OutletsOfStory(storyId));
    }

    public ArchivedArticle? Article(string articleId)
    {
        using var command = Command(
            $"SELECT {StoredRows.RecordColumns}, origin, original_text, sentences FROM articles WHERE id = $id", ("$id", articleId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var next = StoredRows.RecordColumnCount;
        return new ArchivedArticle(
            StoredRows.Record(reader), reader.GetString(next), reader.GetString(next + 1), StoredRows.DecodeSpans((byte[])reader[next + 2]));
    }

    /// <summary>The newest articles (at most <paramref name="limit"/>) in which any of <paramref name="names"/>
    /// speaks or is mentioned.</summary>
    public IReadOnlyList<ArticleRecord> ArticlesNaming(IEnumerable<string> names, int limit)
    {
        if (FullTextQuery.AnyName(names) is not { } match)
        {
            return [];
        }

        using var command = Command(
            $"""
            SELECT {StoredRows.RecordColumns} FROM articles
            WHERE seq IN (SELECT rowid FROM {SearchIndexSchema.Table} WHERE {SearchIndexSchema.Table} MATCH $match ORDER BY rowid DESC LIMIT $limit)
            ORDER BY seq DESC
            """,
            ("$match", match),
            ("$limit", limit));
        return ReadRecords(command);
    }

    /// <summary>A search ranks at most this many matches, the newest: BM25 costs about a microsecond a match, and a
    /// word found in half of a large archive would otherwise cost a ranking of every article holding it.</summary>
    public const int RankedMatches = 10_000;

    /// <summary>Articles matching <paramref name="query"/>, best first by BM25 (a title match weighs most) among the
    /// newest <see cref="RankedMatches"/> matches; the page says how many match in all.</summary>
    public ResultPage<SearchHit> Search(SearchQuery query, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (earliest, latest) = DateSpan();
        if (FullTextQuery.Build(query, earliest, latest) is not { } match)
        {
            return new ResultPage<SearchHit>([], offset, false);
        }

        // The page is ranked first and only its rows get a snippet: SQLite would otherwise work out the snippet
        // of every matching article before sorting. Every filter is a column of the index.
        var matches = $"SELECT rowid, rank FROM {SearchIndexSchema.Table} WHERE {SearchIndexSchema.Table} MATCH $match";
        using var command = Command(
            $"""
            WITH newest AS ({matches} ORDER BY 1 DESC LIMIT {RankedMatches}),
                 page AS (SELECT rowid, rank FROM newest ORDER BY rank LIMIT $limit OFFSET $offset)
            SELECT a.id, a.title, a.published, a.story_id, snippet({SearchIndexSchema.Table}, -1, $start, $end, '…', 32), page.rank
            FROM page JOIN {SearchIndexSchema.Table} ON {SearchIndexSchema.Table}.rowid = page.rowid JOIN articles AS a ON a.seq = page.rowid
            WHERE {SearchIndexSchema.Table} MATCH $match
            ORDER BY page.rank
            """,
            ("$match", match),
            ("$start", SearchHit.MatchStart.ToString()),
            ("$end", SearchHit.MatchEnd.ToString()),
            ("$limit", limit + 1),
            ("$offset", offset));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3), reader.GetString(4), reader.GetDouble(5)));
        }

        return new ResultPage<SearchHit>([.. hits.Take(limit)], offset, hits.Count > limit, Count(matches, match));
    }

    private int Count(string matches, string match)
    {
        using var command = Command($"SELECT COUNT(*) FROM ({matches})", ("$match", match));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first and last publication dates in the archive (from the date index), to close an open date range.</summary>
    private (DateOnly? Earliest, DateOnly? Latest) DateSpan()
    {
        using var command = Command("SELECT MIN(published), MAX(published) FROM articles WHERE published IS NOT NULL");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (ParseDate(NullableString(reader, 0)), ParseDate(NullableString(reader, 1)));
    }

    private static DateOnly? ParseDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    public void Dispose() => _connection.Dispose();

    /// <summary>The title of a story's earliest article (by date, or by arrival when none is dated) and that article's
    /// first sentence.</summary>
    private (string Title, string? Lede) Opening(string storyId)
    {
        const string Columns = "SELECT id, title, clean_text, sentences FROM articles";
        using var dated = Command($"{Columns} WHERE story_id = $id AND published IS NOT NULL ORDER BY published LIMIT 1", ("$id", storyId));
        using var first = Command($"{Columns} WHERE story_id = $id ORDER BY rowid LIMIT 1", ("$id", storyId));
        foreach (var command in new[] { dated, first })
        {
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var text = reader.GetString(2);
                var sentences = StoredRows.DecodeSpans((byte[])reader[3]);
                var lede = sentences.Count > 0 && sentences[0].Start + sentences[0].Length <= text.Length
                    ? text.Substring(sentences[0].Start, sentences[0].Length)
                    : null;
                return (NullableString(reader, 1) ?? reader.GetString(0), lede);
            }
        }

        return (storyId, null);
    }

    private List<string> OutletsOfStory(string storyId)
    {
        using var command = Command(
            "SELECT DISTINCT o.outlet FROM articles AS a JOIN article_outlets AS o ON o.article_id = a.id WHERE a.story_id = $id ORDER BY o.outlet",
            ("$id", storyId));
        using var reader = command.ExecuteReader();
        var outlets = new List<string>();
        while (reader.Read())
        {
            outlets.Add(reader.GetString(0));
        }

        return outlets;
    }

    private static List<ArticleRecord> ReadRecords(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var records = new List<ArticleRecord>();
        while (reader.Read())
        {
            records.Add(StoredRows.Record(reader));
        }

        return records;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? Date(string? published) => published is { Length: > 10 } ? published[..10] : published;
}
