using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>Reads an <c>.html</c> or <c>.htm</c> file as one web page, decoded by
/// <see cref="HtmlCharset"/> (byte order mark, then the page's declared charset); its id is the file
/// name without the extension. The article is extracted from it later, by the analysis.</summary>
public sealed class HtmlFileReader(IngestOptions options) : IDocumentReader
{
    public bool CanRead(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ReadResult> Read(string path)
    {
        yield return WholeFile.Read(path, options, DocumentFormat.Html, bytes => HtmlCharset.Decode(bytes));
    }
}
