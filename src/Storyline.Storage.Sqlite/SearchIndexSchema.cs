namespace Storyline.Storage.Sqlite;

/// <summary>
/// Migration 4: the full-text index (SQLite FTS5, ranked by BM25). One row per article, keyed by the
/// article's <c>seq</c>, with its title, clean text, the speakers of its quotes, the names and mentions
/// of its entities, its outlets and its publication date as words (<c>y2021 m202112 d20211204</c>), so a
/// search is narrowed to a speaker, an entity, an outlet or a date range by column, through the index
/// rather than row by row.
/// Triggers keep it in step with the articles table, so every path that stores an article fills it;
/// the migration fills it for the articles already stored, and indexes stories by date for the story list.
/// </summary>
internal static class SearchIndexSchema
{
    /// <summary>The index's columns in order: <c>title</c>, <c>body</c>, <c>speakers</c>, <c>entities</c>, <c>outlets</c>, <c>dates</c>.</summary>
    public const string Table = "article_search";

    public static readonly string[] Create =
    [
        $"CREATE VIRTUAL TABLE {Table} USING fts5 (title, body, speakers, entities, outlets, dates, tokenize = 'unicode61 remove_diacritics 2')",

        // The rank column orders by BM25 with a title match weighing most, outlets and dates not at all.
        $"INSERT INTO {Table} ({Table}, rank) VALUES ('rank', 'bm25(5.0, 1.0, 2.0, 2.0, 0.0, 0.0)')",
        $"""
        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
            {Insert("new")};
        END
        """,
        $"""
        CREATE TRIGGER articles_search_update AFTER UPDATE OF title, clean_text, record_json ON articles BEGIN
            DELETE FROM {Table} WHERE rowid = old.seq;
            {Insert("new")};
        END
        """,
        $"""
        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            DELETE FROM {Table} WHERE rowid = old.seq;
        END
        """,
        $"INSERT INTO {Table} (rowid, title, body, speakers, entities, outlets, dates) SELECT {Columns("articles")} FROM articles",

        // The story list groups articles by story, counts their events and orders the stories by their latest date.
        "CREATE INDEX ix_articles_story_published ON articles (story_id, published, event_id)",
    ];

    private static string Insert(string row) =>
        $"INSERT INTO {Table} (rowid, title, body, speakers, entities, outlets, dates) VALUES ({Columns(row)})";

    private static string Columns(string row) =>
        $"{row}.seq, COALESCE({row}.title, ''), {row}.clean_text, " +
        $"COALESCE({Speakers(row)}, ''), COALESCE({Entities(row)}, ''), " +
        $"COALESCE((SELECT group_concat(o.value, char(10)) FROM json_each({row}.record_json, '$.outlets') AS o), ''), " +
        $"COALESCE({DateWords(row)}, '')";

    /// <summary>The year, month and day of a <c>yyyy-MM-dd</c> publication date as words; nothing for an undated article.</summary>
    private static string DateWords(string row) =>
        $"(CASE WHEN {row}.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN " +
        $"'y' || substr({row}.published, 1, 4) || ' m' || substr({row}.published, 1, 4) || substr({row}.published, 6, 2) || " +
        $"' d' || substr({row}.published, 1, 4) || substr({row}.published, 6, 2) || substr({row}.published, 9, 2) END)";

    private static string Speakers(string row) =>
        $"(SELECT group_concat(json_extract(q.value, '$.speaker'), char(10)) FROM json_each({row}.record_json, '$.quotes') AS q)";

    private static string Entities(string row) =>
        "(SELECT group_concat(json_extract(e.value, '$.name') || char(10) || " +
        "(SELECT group_concat(m.value, char(10)) FROM json_each(e.value, '$.mentions') AS m), char(10)) " +
        $"FROM json_each({row}.record_json, '$.entities') AS e)";
}
