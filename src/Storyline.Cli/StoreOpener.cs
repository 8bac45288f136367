using Microsoft.Data.Sqlite;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli;

/// <summary>Opens the SQLite store for a command, turning a store that cannot be opened into one clear line.</summary>
internal static class StoreOpener
{
    public static SqliteStore? Open(string path)
    {
        try
        {
            return SqliteStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"storyline: cannot open the store '{path}': {e.Message}");
            return null;
        }
    }
}
