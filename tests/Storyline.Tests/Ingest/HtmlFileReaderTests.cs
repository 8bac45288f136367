using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class HtmlFileReaderTests
{
    [Fact]
    public void Reads_html_and_htm_files()
    {
        var reader = new HtmlFileReader(IngestOptions.Default);

        Assert.True(reader.CanRead("a/page.html"));
        Assert.True(reader.CanRead("a/PAGE.HTM"));
        Assert.False(reader.CanRead("a/page.txt"));
    }

    [Fact]
    public void A_page_is_one_html_document_named_by_its_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dam-bursts.html", "<html><body><p>The dam burst.</p></body></html>");

        var document = Assert.IsType<DocumentRead>(Assert.Single(new HtmlFileReader(IngestOptions.Default).Read(path))).Document;

        Assert.Equal("dam-bursts", document.Id);
        Assert.Equal(DocumentFormat.Html, document.Format);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_unread()
    {
        using var folder = new TempFolder();
        var path = folder.Write("huge.html", "<html><body>" + new string('x', 2_000) + "</body></html>");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(new HtmlFileReader(new IngestOptions { MaxFileBytes = 1_000 }).Read(path)));

        Assert.Equal(path, failure.Origin);
        Assert.StartsWith("file too large", failure.Reason);
    }

    [Fact]
    public void A_folder_of_pages_is_read_beside_text_files()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Dam bursts");
        folder.Write("b.htm", "<p>Dam bursts</p>");

        var ids = new DocumentSource(IngestOptions.Default).Read([folder.Path]).OfType<DocumentRead>().Select(r => r.Document.Id);

        Assert.Equal(["a", "b"], ids);
    }
}
