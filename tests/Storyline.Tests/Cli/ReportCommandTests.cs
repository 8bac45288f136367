using System.Text.Json;

namespace Storyline.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-report-").FullName;

    public ReportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(
            Path.Combine(_directory, "in", "a.txt"),
            "Dam talks end\n\n“We will rebuild the dam before the winter comes,” Mayor Agnes Vilk said on Friday in the town hall.\n");
        CliProcess.Run(_directory, "analyze", "in", "--json", "--db", "s.db");
    }

    [Fact]
    public void Report_writes_a_storys_markdown_to_stdout()
    {
        var (exitCode, output, _) = CliProcess.Run(_directory, "report", StoryId(), "--format", "md", "--db", "s.db");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("# Dam talks end", output, StringComparison.Ordinal);
        Assert.Contains("## Quotes by speaker", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_writes_the_html_page_to_the_file_named_by_out()
    {
        var (exitCode, output, _) = CliProcess.Run(_directory, "report", StoryId(), "--format", "html", "--db", "s.db", "--out", "story.html");

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("<!doctype html>", File.ReadAllText(Path.Combine(_directory, "story.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_story_is_one_line_on_stderr_and_a_failure()
    {
        var (exitCode, output, errors) = CliProcess.Run(_directory, "report", "sty-999999", "--format", "json", "--db", "s.db");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal("storyline: no story 'sty-999999' in 's.db'; 'storyline stories' lists them", errors.TrimEnd('\n'));
    }

    [Fact]
    public void A_format_other_than_html_md_or_json_is_a_usage_error()
    {
        var (exitCode, _, _) = CliProcess.Run(_directory, "report", StoryId(), "--format", "pdf", "--db", "s.db");

        Assert.Equal(2, exitCode);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string StoryId()
    {
        var (_, output, _) = CliProcess.Run(_directory, "stories", "--json", "--db", "s.db");
        using var stories = JsonDocument.Parse(output);
        return stories.RootElement[0].GetProperty("id").GetString()!;
    }
}
