namespace Storyline.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-serve-").FullName;

    [Fact]
    public void Serve_opens_the_store_and_reports_an_address_it_cannot_listen_on_in_one_line()
    {
        var (exitCode, _, errors) = CliProcess.Run(_directory, "serve", "--db", "s.db", "--urls", "not-an-address");

        Assert.Equal(1, exitCode);
        Assert.True(File.Exists(Path.Combine(_directory, "s.db")));
        Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("storyline:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
