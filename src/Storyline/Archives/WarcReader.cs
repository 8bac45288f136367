using System.Globalization;
using System.IO.Compression;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Archives;

/// <summary>
/// The entry of the Archives stage: reads a <c>.warc</c> or <c>.warc.gz</c> crawl record by record,
/// so memory stays flat whatever the archive's size. Every response record holding an HTML page
/// served with status 200 becomes an HTML document whose URL and date come from the record; other
/// records are passed over. A record that cannot be read is a failure naming the file and the
/// record's number and offset, and reading goes on with the next record; a truncated or corrupt
/// gzip stream ends the file with one failure.
/// </summary>
public sealed class WarcReader(IngestOptions options) : IDocumentReader
{
    public bool CanRead(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        var records = new WarcRecordStream(content, options.MaxFileBytes, IsHttpResponse);
        var name = Path.GetFileName(path);
        while (true)
        {
            WarcEntry? next;
            string? streamFailure = null;
            try
            {
                next = records.Next();
            }
            catch (InvalidDataException ex)
            {
                next = null;
                streamFailure = "corrupt gzip stream: " + ex.Message;
            }
            catch (EndOfStreamException ex)
            {
                next = null;
                streamFailure = "truncated gzip stream: " + ex.Message;
            }

            if (streamFailure is not null)
            {
                yield return new ReadFailure(path, streamFailure + "; the rest of the file is not read");
                yield break;
            }

            switch (next)
            {
                case null:
                    yield break;
                case WarcRecordError error:
                    yield return new ReadFailure(Origin(path, error.Number, error.Offset), error.Reason);
                    break;
                case WarcRecord { Block: null } skipped when IsHttpResponse(skipped.Fields):
                    yield return new ReadFailure(
                        Origin(path, skipped.Number, skipped.Offset),
                        $"response of {skipped.Field("Content-Length")} bytes, over the limit of {options.MaxFileBytes}; skipped unread");
                    break;
                case WarcRecord { Block: not null } record:
                    if (ToDocument(name, path, record) is { } result)
                    {
                        yield return result;
                    }

                    break;
            }
        }
    }

    private static bool IsHttpResponse(IReadOnlyDictionary<string, string> fields) =>
        fields.TryGetValue("WARC-Type", out var type) && type.Equals("response", StringComparison.OrdinalIgnoreCase)
        && fields.TryGetValue("Content-Type", out var contentType) && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);

    private static string Origin(string path, int number, long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"{path} record {number} at offset {offset}");

    private ReadResult? ToDocument(string name, string path, WarcRecord record)
    {
        var origin = Origin(path, record.Number, record.Offset);
        var (response, failure) = HttpResponse.Parse(record.Block!, options.MaxFileBytes);
        if (response is null)
        {
            return new ReadFailure(origin, failure!);
        }

        if (response.Status != 200 || response.MediaType is not ("text/html" or "application/xhtml+xml"))
        {
            return null;
        }

        var decoded = HtmlCharset.Decode(response.Body, response.Header("Content-Type")).Text;
        if (decoded is null)
        {
            return new ReadFailure(origin, "HTML body is empty or not text");
        }

        var hints = new DocumentHints(Url: record.Field("WARC-Target-URI"), Published: Date(record.Field("WARC-Date")));
        // The page's URL names the article wherever it was crawled from, as it does for watch.
        var id = hints.Url ?? string.Create(CultureInfo.InvariantCulture, $"{name}#{record.Number}");
        return new DocumentRead(RawDocumentFactory.Create(id, origin, decoded, DocumentFormat.Html, hints));
    }

    private static DateOnly? Date(string? warcDate) =>
        DateTimeOffset.TryParse(warcDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.UtcDateTime)
            : null;
}
