using System.Text.Encodings.Web;
using System.Text.Json;
using Storyline.Entities;
using Storyline.Storage;

namespace Storyline.Export;

/// <summary>
/// Writes the exchange files <c>articles.jsonl</c> and <c>stories.jsonl</c> (FORMAT.md) from what a
/// store holds. Each file is written beside its final name and moved into place when complete, so a
/// reader never sees half a file.
/// </summary>
public sealed class ExchangeWriter
{
    public const string ArticlesFile = "articles.jsonl";
    public const string StoriesFile = "stories.jsonl";

    private static readonly ExchangeJson Json = new(new JsonSerializerOptions(ExchangeJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes both files into <paramref name="directory"/>, naming entities as <paramref name="catalog"/>
    /// does, and says how many records each holds.</summary>
    public static ExportSummary Write(IEnumerable<StoredArticle> articles, EntityCatalog catalog, string directory)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(catalog);
        Directory.CreateDirectory(directory);
        var stories = new StoryCollector();
        var articleCount = WriteLines(Path.Combine(directory, ArticlesFile), writer =>
        {
            var count = 0;
            foreach (var stored in articles)
            {
                var record = CatalogNaming.Apply(stored.Record, catalog);
                writer.WriteLine(JsonSerializer.Serialize(record, Json.ArticleRecord));
                stories.Add(record);
                count++;
            }

            return count;
        });
        var storyCount = WriteLines(Path.Combine(directory, StoriesFile), writer =>
        {
            var count = 0;
            foreach (var story in stories.Stories())
            {
                writer.WriteLine(JsonSerializer.Serialize(story, Json.StoryRecord));
                count++;
            }

            return count;
        });
        return new ExportSummary(articleCount, storyCount);
    }

    private static int WriteLines(string path, Func<StreamWriter, int> write)
    {
        var partial = path + ".partial";
        int count;
        using (var writer = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            count = write(writer);
        }

        File.Move(partial, path, overwrite: true);
        return count;
    }
}

/// <summary>How many records an export wrote.</summary>
public sealed record ExportSummary(int Articles, int Stories);
