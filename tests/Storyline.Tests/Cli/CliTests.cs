using System.Text.Json;

namespace Storyline.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-cli-").FullName;

    [Fact]
    public void An_unknown_option_exits_with_the_usage_code()
    {
        var (exitCode, _, errors) = CliProcess.Run(_directory, "analyze", "in", "--no-such-option");

        Assert.Equal(2, exitCode);
        Assert.Contains("--no-such-option", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_summary_counts_what_was_added_and_skipped_and_names_the_bad_file()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(Path.Combine(_directory, "in", "good.txt"), "Dam talks end\n\nThe minister said the talks would resume on Monday.\n");
        File.WriteAllText(Path.Combine(_directory, "in", "empty.txt"), "   \n");

        var (exitCode, output, errors) = CliProcess.Run(_directory, "analyze", "in", "--json", "--db", "s.db");

        Assert.Equal(0, exitCode);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(1, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("skipped").GetInt32());
        Assert.Contains("empty.txt", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_exits_with_code_three_when_items_were_skipped()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(Path.Combine(_directory, "in", "good.txt"), "Dam talks end\n\nThe minister said the talks would resume.\n");
        File.WriteAllBytes(Path.Combine(_directory, "in", "binary.txt"), [0, 1, 2, 3, 0, 0, 7]);

        var (exitCode, _, _) = CliProcess.Run(_directory, "analyze", "in", "--strict", "--json", "--db", "s.db");

        Assert.Equal(3, exitCode);
    }

    [Fact]
    public void Analysing_only_missing_inputs_fails_with_one_line_per_input()
    {
        var (exitCode, _, errors) = CliProcess.Run(_directory, "analyze", "missing-folder", "--json", "--db", "s.db");

        Assert.Equal(1, exitCode);
        Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Export_without_a_store_says_to_analyse_first()
    {
        var (exitCode, _, errors) = CliProcess.Run(_directory, "export", "--db", "none.db", "--out", "out");

        Assert.Equal(1, exitCode);
        Assert.Contains("storyline analyze", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_both_exchange_files_from_the_store()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(Path.Combine(_directory, "in", "a.txt"), "Dam talks end\n\nThe minister said the talks would resume.\n");
        CliProcess.Run(_directory, "analyze", "in", "--json", "--db", "s.db");

        var (exitCode, _, _) = CliProcess.Run(_directory, "export", "--db", "s.db", "--out", "out");

        Assert.Equal(0, exitCode);
        Assert.Single(File.ReadAllLines(Path.Combine(_directory, "out", "articles.jsonl")));
        Assert.Single(File.ReadAllLines(Path.Combine(_directory, "out", "stories.jsonl")));
    }

    [Fact]
    public void Quotes_lists_each_quote_with_its_speaker_and_filters_by_speaker()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(
            Path.Combine(_directory, "in", "a.txt"),
            "Dam talks end\n\n“We will rebuild the dam,” Mayor Agnes Vilk said on Friday.\n\n“Nobody warned us,” said Tomas Reit, a resident.\n");
        CliProcess.Run(_directory, "analyze", "in", "--json", "--db", "s.db");

        var (exitCode, output, _) = CliProcess.Run(_directory, "quotes", "--speaker", "vilk", "--json", "--db", "s.db");

        Assert.Equal(0, exitCode);
        using var quotes = JsonDocument.Parse(output);
        var quote = Assert.Single(quotes.RootElement.EnumerateArray());
        Assert.Equal("Agnes Vilk", quote.GetProperty("speaker").GetString());
        Assert.Equal("We will rebuild the dam,", quote.GetProperty("text").GetString());
    }

    [Fact]
    public void Stories_lists_each_story_with_its_article_count()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.WriteAllText(Path.Combine(_directory, "in", "a.txt"), "Dam talks end\n\nThe minister said the talks would resume.\n");
        CliProcess.Run(_directory, "analyze", "in", "--json", "--db", "s.db");

        var (exitCode, output, _) = CliProcess.Run(_directory, "stories", "--json", "--db", "s.db");

        Assert.Equal(0, exitCode);
        using var stories = JsonDocument.Parse(output);
        var story = Assert.Single(stories.RootElement.EnumerateArray());
        Assert.Equal("1", story.GetProperty("articles").GetString());
        Assert.Equal("Dam talks end", story.GetProperty("title").GetString());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
