using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Documents;
using Storyline.Entities;
using Storyline.Export;

namespace Storyline.Storage.Sqlite;

/// <summary>Turns stored rows back into records, for the writing store and the reading archive alike.</summary>
internal static class StoredRows
{
    /// <summary>The columns <see cref="Record"/> reads, first in a query, in this order.</summary>
    public const string RecordColumns = "record_json, id, event_id, story_id, duplicate_of, inherited_outlets";

    public const int RecordColumnCount = 6;

    /// <summary>An article's exchange record with the clustering step's later findings laid over the stored one.</summary>
    public static ArticleRecord Record(SqliteDataReader reader)
    {
        var record = JsonSerializer.Deserialize(reader.GetString(0), ExchangeJson.Default.ArticleRecord)
            ?? throw new InvalidDataException($"Article record of '{reader.GetString(1)}' is empty in the store.");
        return record with
        {
            Event = reader.IsDBNull(2) ? record.Event : reader.GetString(2),
            Story = reader.IsDBNull(3) ? record.Story : reader.GetString(3),
            DuplicateOf = reader.IsDBNull(4) ? record.DuplicateOf : reader.GetString(4),
            Outlets = reader.IsDBNull(5) ? record.Outlets : [.. record.Outlets, .. DecodeList(reader.GetString(5))],
        };
    }

    public static IReadOnlyList<string> DecodeList(string json) =>
        JsonSerializer.Deserialize(json, ExchangeJson.Default.IReadOnlyListString) ?? [];

    public static IReadOnlyList<TextSpan> DecodeSpans(byte[] bytes)
    {
        var spans = new TextSpan[bytes.Length / 8];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = new TextSpan(
                BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 8)),
                BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan((i * 8) + 4)));
        }

        return spans;
    }

    public static IReadOnlyList<CatalogEntry> ReadCatalog(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, canonical_name, type, aliases FROM entities ORDER BY seq";
        using var reader = command.ExecuteReader();
        var entries = new List<CatalogEntry>();
        while (reader.Read())
        {
            entries.Add(new CatalogEntry(
                reader.GetString(0), reader.GetString(1), Enum.Parse<EntityType>(reader.GetString(2)), DecodeList(reader.GetString(3))));
        }

        return entries;
    }
}
