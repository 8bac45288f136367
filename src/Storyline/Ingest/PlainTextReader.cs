using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>Reads a <c>.txt</c> file as one scraped article; its id is the file name without the
/// extension.</summary>
public sealed class PlainTextReader(IngestOptions options) : IDocumentReader
{
    public bool CanRead(string path) => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path)
    {
        yield return WholeFile.Read(path, options, DocumentFormat.PlainText, bytes => TextDecoder.Decode(bytes));
    }
}
