using System.Text.Json;
using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

public class SampleCorpusTests
{
    private static readonly string SamplesFolder = RepositoryFolders.Samples;

    public static TheoryData<string> SampleFiles() => [.. Directory.GetFiles(SamplesFolder, "*.txt").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_page_cleans_to_a_titled_article_with_a_body(string file)
    {
        var text = File.ReadAllText(Path.Combine(SamplesFolder, file));

        var article = new ArticleCleaner().Clean(new RawDocument(file, file, text, DocumentFormat.PlainText, DocumentHints.None));

        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.NotEmpty(article.Blocks);
    }

    [Fact]
    public void Every_wire_record_cleans_to_a_titled_article_with_a_body()
    {
        var cleaner = new ArticleCleaner();
        foreach (var line in File.ReadLines(Path.Combine(SamplesFolder, "wire.jsonl")).Where(l => l.Length > 0))
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var hints = new DocumentHints(
                Title: root.GetProperty("title").GetString(),
                Outlet: root.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null);
            var id = root.GetProperty("id").GetString()!;

            var article = cleaner.Clean(new RawDocument(id, "wire.jsonl", root.GetProperty("text").GetString()!, DocumentFormat.PlainText, hints));

            Assert.Equal(hints.Title, article.Title);
            Assert.NotEmpty(article.Blocks);
        }
    }
}
