using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public sealed class JsonLinesReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly JsonLinesReader _reader = new(IngestOptions.Default);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_jsonl_files()
    {
        Assert.True(_reader.CanRead("corpus.jsonl"));
        Assert.False(_reader.CanRead("corpus.json"));
    }

    [Fact]
    public void Each_line_is_a_document_with_its_id_and_text()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a1\",\"text\":\"First.\"}\n{\"id\":\"a2\",\"text\":\"Second.\"}\n");

        var documents = _reader.Read(path).Cast<DocumentRead>().Select(r => r.Document).ToList();

        Assert.Equal(["a1", "a2"], documents.Select(d => d.Id));
        Assert.Equal(["First.", "Second."], documents.Select(d => d.Text));
        Assert.All(documents, d => Assert.Equal(DocumentFormat.PlainText, d.Format));
    }

    [Fact]
    public void The_origin_of_a_document_is_the_path_and_line()
    {
        var path = _folder.Write("c.jsonl", "\n{\"id\":\"a\",\"text\":\"x\"}");

        var result = Assert.Single(_reader.Read(path));

        Assert.Equal(path + ":2", result.Origin);
    }

    [Fact]
    public void An_html_field_gives_an_html_document()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"html\":\"<p>x</p>\"}");

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("<p>x</p>", document.Text);
    }

    [Fact]
    public void Optional_fields_become_hints()
    {
        var path = _folder.Write("c.jsonl",
            "{\"id\":\"a\",\"text\":\"x\",\"title\":\"T\",\"url\":\"https://e.com/a\",\"published\":\"2022-01-25\",\"outlet\":\"CNN\",\"lang\":\"en\"}");

        var hints = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document.Hints;

        Assert.Equal(new DocumentHints("T", "https://e.com/a", new DateOnly(2022, 1, 25), "CNN", "en"), hints);
    }

    [Fact]
    public void A_published_date_time_gives_its_calendar_date_as_written()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"published\":\"2022-01-25T23:30:00-05:00\"}");

        var hints = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document.Hints;

        Assert.Equal(new DateOnly(2022, 1, 25), hints.Published);
    }

    [Fact]
    public void A_published_value_that_is_no_date_is_dropped()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"published\":\"last Tuesday\"}");

        var hints = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document.Hints;

        Assert.Null(hints.Published);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"extra\":{\"deep\":[1,2]},\"text\":\"x\"}");

        Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path)));
    }

    [Fact]
    public void A_malformed_line_is_a_failure_and_the_next_line_is_read()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\n{\"id\":\"b\",\"text\":\"x\"}\n");

        var results = _reader.Read(path).ToList();

        var failure = Assert.IsType<ReadFailure>(results[0]);
        Assert.Equal(path + ":1", failure.Origin);
        Assert.StartsWith("malformed JSON: ", failure.Reason);
        Assert.DoesNotContain('\n', failure.Reason);
        Assert.Equal("b", Assert.IsType<DocumentRead>(results[1]).Document.Id);
    }

    [Fact]
    public void A_line_without_id_is_a_failure()
    {
        var path = _folder.Write("c.jsonl", "{\"text\":\"x\"}");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal("no id", failure.Reason);
    }

    [Fact]
    public void A_line_without_text_or_html_is_a_failure()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"title\":\"T\"}");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal("no text or html", failure.Reason);
    }

    [Fact]
    public void A_line_that_is_not_an_object_is_a_failure()
    {
        var path = _folder.Write("c.jsonl", "[1,2]");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal("not a JSON object", failure.Reason);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_a_failure()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":[\"x\"]}");

        var failure = Assert.IsType<ReadFailure>(Assert.Single(_reader.Read(path)));

        Assert.Equal("field 'text' must be a string", failure.Reason);
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var bytes = "\uFEFF{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n"u8.ToArray();
        var path = _folder.Write("c.jsonl", bytes);

        var ids = _reader.Read(path).Cast<DocumentRead>().Select(r => r.Document.Id);

        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        var text = new string('w', 200_000);
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\"" + text + "\"}\n{\"id\":\"b\",\"text\":\"y\"}");

        var documents = _reader.Read(path).Cast<DocumentRead>().Select(r => r.Document).ToList();

        Assert.Equal(text, documents[0].Text);
        Assert.Equal("b", documents[1].Id);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_a_failure_and_the_next_line_is_read()
    {
        var reader = new JsonLinesReader(new IngestOptions { MaxFileBytes = 100 });
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\"" + new string('w', 300_000) + "\"}\n{\"id\":\"b\",\"text\":\"y\"}");

        var results = reader.Read(path).ToList();

        Assert.StartsWith("line too long", Assert.IsType<ReadFailure>(results[0]).Reason);
        Assert.Equal("b", Assert.IsType<DocumentRead>(results[1]).Document.Id);
    }

    [Fact]
    public void The_text_of_a_line_is_normalised()
    {
        var path = _folder.Write("c.jsonl", "{\"id\":\"a\",\"text\":\"15\\u00a0000\\r\\nKyiv\"}");

        var document = Assert.IsType<DocumentRead>(Assert.Single(_reader.Read(path))).Document;

        Assert.Equal("15 000\nKyiv", document.Text);
    }
}
