using System.Globalization;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Feeds;

/// <summary>
/// Reads a feed file (<c>.rss</c>, <c>.atom</c>, or <c>.xml</c> whose start shows a feed): each item
/// with content becomes an HTML document for the HTML extractor, with the item's title, link and
/// date as hints. A feed that cannot be parsed is one failure naming the file.
/// </summary>
public sealed class FeedFileReader(IngestOptions options) : IDocumentReader
{
    public bool CanRead(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".rss" or ".atom" || (extension == ".xml" && StartsLikeFeed(path));
    }

    public IEnumerable<ReadResult> Read(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            yield return new ReadFailure(path, $"file too large: {size} bytes, over the limit of {options.MaxFileBytes}");
            yield break;
        }

        IReadOnlyList<FeedItem>? items;
        string? failure;
        using (var stream = File.OpenRead(path))
        {
            (items, failure) = FeedParser.Parse(stream, options.MaxFileBytes);
        }

        if (items is null)
        {
            yield return new ReadFailure(path, failure!);
            yield break;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        for (var i = 0; i < items.Count; i++)
        {
            var origin = string.Create(CultureInfo.InvariantCulture, $"{path} item {i + 1}");
            // The item's link names the article, so a feed file saved again with new items on top
            // does not store its old items a second time.
            var id = items[i].Link ?? string.Create(CultureInfo.InvariantCulture, $"{name}#{i + 1}");
            yield return FeedDocuments.FromItem(id, origin, items[i]);
        }
    }

    private static bool StartsLikeFeed(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var start = new char[1024];
            var read = reader.ReadBlock(start);
            return FeedParser.LooksLikeFeed(start.AsSpan(0, read));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
