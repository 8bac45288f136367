using Storyline.Entities;
using Storyline.Export;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli;

/// <summary>Reads the stored articles as exchange records with the catalog's canonical names, for the listing commands.</summary>
internal static class StoreReader
{
    /// <summary>The records, or null (with one line on stderr) when there is no store to read.</summary>
    public static IReadOnlyList<ArticleRecord>? ReadRecords(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"storyline: no store at '{path}'; run 'storyline analyze' first");
            return null;
        }

        using var store = StoreOpener.Open(path);
        if (store is null)
        {
            return null;
        }

        var catalog = EntityCatalog.FromEntries(store.ReadCatalog());
        return [.. store.ReadAll().Select(s => CatalogNaming.Apply(s.Record, catalog))];
    }
}
