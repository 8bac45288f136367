using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public sealed class DocumentSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DocumentSource _source = new(IngestOptions.Default);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_order_of_paths()
    {
        _folder.Write("b.txt", "b");
        _folder.Write("a/z.txt", "z");
        _folder.Write("B.txt", "B");

        var origins = _source.Read([_folder.Path]).Select(r => Path.GetRelativePath(_folder.Path, r.Origin));

        Assert.Equal(["B.txt", "a/z.txt", "b.txt"], origins);
    }

    [Fact]
    public void Each_file_is_read_by_the_reader_for_its_extension()
    {
        _folder.Write("a.txt", "plain");
        _folder.Write("c.jsonl", "{\"id\":\"j\",\"text\":\"json\"}");

        var ids = _source.Read([_folder.Path]).Cast<DocumentRead>().Select(r => r.Document.Id);

        Assert.Equal(["a", "j"], ids);
    }

    [Fact]
    public void Feeds_and_warc_archives_in_a_folder_are_read_as_html_documents()
    {
        _folder.Write("news.rss", "<rss version=\"2.0\"><channel><item><title>T</title><description>&lt;p&gt;Body&lt;/p&gt;</description></item></channel></rss>");
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Page</p>";
        _folder.Write("crawl.warc", $"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: {http.Length}\r\n\r\n{http}\r\n\r\n");

        var formats = _source.Read([_folder.Path]).Cast<DocumentRead>().Select(r => r.Document.Format);

        Assert.Equal([Storyline.Documents.DocumentFormat.Html, Storyline.Documents.DocumentFormat.Html], formats);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_passed_over_in_a_folder()
    {
        _folder.Write("a.txt", "plain");
        _folder.Write("settings.xml", "<settings><colour>blue</colour></settings>");

        Assert.Single(_source.Read([_folder.Path]));
    }

    [Fact]
    public void Files_of_unsupported_types_in_a_folder_are_skipped()
    {
        _folder.Write("a.txt", "plain");
        _folder.Write("image.png", [0x89, 0x50]);

        var result = Assert.Single(_source.Read([_folder.Path]));

        Assert.IsType<DocumentRead>(result);
    }

    [Fact]
    public void A_file_of_unsupported_type_named_explicitly_is_a_failure()
    {
        var path = _folder.Write("image.png", [0x89, 0x50]);

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_source.Read([path])));

        Assert.Equal(path, failure.Origin);
        Assert.Equal("unsupported file type '.png'", failure.Reason);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_failure_and_the_batch_goes_on()
    {
        var missing = Path.Combine(_folder.Path, "missing.txt");
        var present = _folder.Write("present.txt", "x");

        var results = _source.Read([missing, present]).ToList();

        Assert.Equal(new ReadFailure(missing, "no such file or folder"), results[0]);
        Assert.IsType<DocumentRead>(results[1]);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_a_failure_naming_the_file()
    {
        var path = _folder.Write("big.txt", "twelve bytes");
        var source = new DocumentSource(new IngestOptions { MaxFileBytes = 11 });

        var failure = Assert.IsType<ReadFailure>(Assert.Single(source.Read([path])));

        Assert.Equal(path, failure.Origin);
        Assert.StartsWith("file too large", failure.Reason);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_a_failure_and_the_batch_goes_on()
    {
        var locked = _folder.Write("locked.txt", "x");
        var open = _folder.Write("open.txt", "y");
        var source = new DocumentSource([new LockedFileReader(locked)]);

        var results = source.Read([locked, open]).ToList();

        var failure = Assert.IsType<ReadFailure>(results[0]);
        Assert.Equal(locked, failure.Origin);
        Assert.StartsWith("cannot open: ", failure.Reason);
        Assert.IsType<DocumentRead>(results[1]);
    }

    /// <summary>Reads like the plain text reader but is denied access to one file, as a file
    /// without read permission is (the tests may run as a user that permissions do not stop).</summary>
    private sealed class LockedFileReader(string lockedPath) : IDocumentReader
    {
        private readonly PlainTextReader _inner = new(IngestOptions.Default);

        public bool CanRead(string path) => _inner.CanRead(path);

        public IEnumerable<ReadResult> Read(string path) =>
            path == lockedPath ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : _inner.Read(path);
    }
}
