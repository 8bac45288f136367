using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>
/// A real store built once by analysing the shipped samples, plus one hostile article whose text holds
/// markup, and servers over it: one with an API key, one without (read-only). The factories name
/// <see cref="Archive"/> only to point at the web assembly, whose entry point they run.
/// </summary>
public sealed class SampleSite : IDisposable
{
    public const string ApiKey = "test-key-7f3a";
    public const long MaxRequestBytes = 64 * 1024;
    public const string HostileArticleId = "hostile-markup";

    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-web-").FullName;

    public SampleSite()
    {
        Database = Path.Combine(_folder, "site.db");
        var hostile = Path.Combine(_folder, "in", HostileArticleId + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(hostile)!);
        File.WriteAllText(
            hostile,
            "Flood warning for Tarnow as river rises <script>alert(0)</script>\n\n" +
            "TARNOW (Reuters) - The mayor of Tarnow said on Monday the river would crest on Tuesday, after the town website " +
            "showed <script>alert(1)</script> by mistake.\n\n" +
            "Residents were told to move cars away from the <b>embankment</b> before nightfall, the mayor said.\n");;
        using (var store = SqliteStore.Open(Database))
        {
            new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store).Run([RepositoryFolders.Samples, hostile]);
        }

        Writable = Factory(Database, ApiKey);
        ReadOnly = Factory(Database, apiKey: null);
    }

    public string Database { get; }

    public WebApplicationFactory<Archive> Writable { get; }

    public WebApplicationFactory<Archive> ReadOnly { get; }

    /// <summary>A server over its own copy of the store, for a test that writes.</summary>
    public WebApplicationFactory<Archive> WritableCopy()
    {
        var copy = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        File.Copy(Database, copy);
        return Factory(copy, ApiKey);
    }

    public void Dispose()
    {
        Writable.Dispose();
        ReadOnly.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static WebApplicationFactory<Archive> Factory(string database, string? apiKey) =>
        new WebApplicationFactory<Archive>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storyline:Database", database);
            host.UseSetting("Storyline:ApiKey", apiKey ?? "");
            host.UseSetting("Storyline:MaxRequestBytes", MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
}
