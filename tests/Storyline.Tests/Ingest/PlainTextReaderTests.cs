using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class PlainTextReaderTests
{
    private readonly PlainTextReader _reader = new(IngestOptions.Default);

    [Fact]
    public void Reads_txt_files_whatever_the_case_of_the_extension()
    {
        Assert.True(_reader.CanRead("a/report.txt"));
        Assert.True(_reader.CanRead("a/REPORT.TXT"));
        Assert.False(_reader.CanRead("a/report.jsonl"));
    }

    [Fact]
    public void The_id_is_the_file_name_without_extension_and_the_origin_is_the_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("000_kuleba.txt", "Ukraine warns");

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Equal("000_kuleba", document.Id);
        Assert.Equal(path, document.Origin);
        Assert.Equal(DocumentFormat.PlainText, document.Format);
        Assert.Equal(DocumentHints.None, document.Hints);
    }

    [Fact]
    public void The_text_is_normalised_and_the_decoded_original_kept_beside_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "one\r\ntwo");

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Equal("one\ntwo", document.Text);
        Assert.Equal("one\r\ntwo", document.Original);
        Assert.Equal(5, document.OriginalMap.ToSource(4));
    }

    [Fact]
    public void A_text_that_needs_no_normalising_is_not_kept_twice()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "one\ntwo");

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Null(document.Original);
    }

    [Fact]
    public void A_file_that_cannot_be_decoded_is_a_failure_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blank.txt", "  \n ");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal(path, failure.Origin);
        Assert.Equal("empty file: it holds no text", failure.Reason);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", "twelve bytes");
        var reader = new PlainTextReader(new IngestOptions { MaxFileBytes = 11 });

        var failure = Assert.IsType<ReadFailure>(Assert.Single(reader.Read(path)));

        Assert.StartsWith("file too large: 12 bytes", failure.Reason);
    }
}
