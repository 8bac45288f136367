using System.IO.Compression;
using System.Text;
using Storyline.Archives;
using Storyline.Documents;
using Storyline.Ingest;
using Storyline.Tests.Ingest;

namespace Storyline.Tests.Archives;

public sealed class WarcReaderTests : IDisposable
{
    private const string Page = "<html><head><title>Harbour opens</title></head><body><p>The new harbour opened on Monday.</p></body></html>";

    private readonly TempFolder _folder = new();
    private readonly WarcReader _reader = new(IngestOptions.Default);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Only_html_responses_with_status_200_become_documents_with_their_url_and_date()
    {
        var path = _folder.Write("crawl.warc", Archive(
            Record("warcinfo", null, "application/warc-fields", "software: test\r\n"),
            Record("request", "https://example.org/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
            Record("response", "https://example.org/a", "application/http; msgtype=response", Response(200, "text/html; charset=utf-8", Page)),
            Record("response", "https://example.org/missing", "application/http; msgtype=response", Response(404, "text/html", Page)),
            Record("response", "https://example.org/logo.png", "application/http; msgtype=response", Response(200, "image/png", "png"))));

        var documents = _reader.Read(path).Cast<DocumentRead>().Select(r => r.Document).ToList();

        var document = Assert.Single(documents);
        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("https://example.org/a", document.Hints.Url);
        Assert.Equal(new DateOnly(2024, 3, 4), document.Hints.Published);
        Assert.Contains("new harbour", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_a_bad_header_is_one_failure_naming_its_number_and_reading_goes_on()
    {
        var bad = Encoding.ASCII.GetBytes("WARC/0.9\r\nWARC-Type: response\r\n\r\n");
        var path = _folder.Write("crawl.warc", Archive(
            Record("response", "https://example.org/a", "application/http", Response(200, "text/html", Page)),
            bad,
            Record("response", "https://example.org/b", "application/http", Response(200, "text/html", Page))));

        var results = _reader.Read(path).ToList();

        Assert.Equal(3, results.Count);
        var failure = Assert.IsType<ReadFailure>(results[1]);
        Assert.Contains("record 2 at offset", failure.Origin, StringComparison.Ordinal);
        Assert.Contains("bad record header", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("https://example.org/b", Assert.IsType<DocumentRead>(results[2]).Document.Hints.Url);
    }

    [Fact]
    public void A_gzipped_archive_of_one_member_a_record_is_read_through()
    {
        var records = new[]
        {
            Record("response", "https://example.org/a", "application/http", Response(200, "text/html", Page)),
            Record("response", "https://example.org/b", "application/http", Response(200, "text/html", Page)),
        };
        var path = _folder.Write("crawl.warc.gz", records.SelectMany(Gzip).ToArray());

        var urls = _reader.Read(path).Cast<DocumentRead>().Select(r => r.Document.Hints.Url);

        Assert.Equal(["https://example.org/a", "https://example.org/b"], urls);
    }

    [Fact]
    public void A_truncated_gzip_archive_keeps_the_records_before_the_cut_and_reports_the_cut()
    {
        var whole = Gzip(Archive(
            Record("response", "https://example.org/a", "application/http", Response(200, "text/html", Page)),
            Record("response", "https://example.org/b", "application/http", Response(200, "text/html", Page + new string('x', 5000)))));
        var path = _folder.Write("crawl.warc.gz", whole[..(whole.Length - 40)]);

        var results = _reader.Read(path).ToList();

        Assert.IsType<ReadFailure>(results[^1]);
        Assert.DoesNotContain(results, r => r is DocumentRead { Document.Hints.Url: "https://example.org/b" });
    }

    [Fact]
    public void A_chunked_gzip_encoded_body_is_decoded()
    {
        var gzipped = Gzip(Encoding.UTF8.GetBytes(Page));
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n{gzipped.Length:x}\r\n");
        var message = head.Concat(gzipped).Concat(Encoding.ASCII.GetBytes("\r\n0\r\n\r\n")).ToArray();
        var path = _folder.Write("crawl.warc", Record("response", "https://example.org/a", "application/http", message));

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Contains("new harbour", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charset_of_the_content_type_decodes_the_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding("iso-8859-7").GetBytes("<p>Αθήνα</p>");
        var message = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-7\r\n\r\n").Concat(body).ToArray();
        var path = _folder.Write("crawl.warc", Record("response", "https://example.org/a", "application/http", message));

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Contains("Αθήνα", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_over_the_size_limit_is_reported_and_skipped_without_being_loaded()
    {
        var reader = new WarcReader(new IngestOptions { MaxFileBytes = 100 });
        var path = _folder.Write("crawl.warc", Archive(
            Record("response", "https://example.org/big", "application/http", Response(200, "text/html", Page + new string('x', 200))),
            Record("response", "https://example.org/small", "application/http", Response(200, "text/html", "<p>Short.</p>"))));

        var results = reader.Read(path).ToList();

        Assert.Contains("over the limit", Assert.IsType<ReadFailure>(results[0]).Reason, StringComparison.Ordinal);
        Assert.Equal("https://example.org/small", Assert.IsType<DocumentRead>(results[1]).Document.Hints.Url);
    }

    private static byte[] Response(int status, string contentType, string body) =>
        Encoding.UTF8.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n\r\n{body}");

    private static byte[] Record(string type, string? uri, string contentType, string block) => Record(type, uri, contentType, Encoding.UTF8.GetBytes(block));

    private static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var target = uri is null ? "" : $"WARC-Target-URI: {uri}\r\n";
        var header = $"WARC/1.1\r\nWARC-Type: {type}\r\n{target}WARC-Date: 2024-03-04T10:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return Encoding.ASCII.GetBytes(header).Concat(block).Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).ToArray();
    }

    private static byte[] Archive(params byte[][] records) => records.SelectMany(r => r).ToArray();

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
