using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>Reads a <c>.txt</c> file as one scraped article; its id is the file name without the
/// extension.</summary>
public sealed class PlainTextReader(IngestOptions options) : IDocumentReader
{
    public bool CanRead(string path) => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path)
    {
        yield return ReadFile(path);
    }

    private ReadResult ReadFile(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            return new ReadFailure(path, $"file too large: {size} bytes, over the limit of {options.MaxFileBytes}");
        }

        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        if (!decoded.Succeeded)
        {
            return new ReadFailure(path, decoded.Refusal);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        return new DocumentRead(RawDocumentFactory.Create(id, path, decoded.Text, DocumentFormat.PlainText, DocumentHints.None));
    }
}
