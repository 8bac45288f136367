using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>Reads a file that is one document: refused unread when over the size limit, refused
/// when its bytes do not decode; its id is the file name without the extension.</summary>
internal static class WholeFile
{
    public static ReadResult Read(string path, IngestOptions options, DocumentFormat format, Func<byte[], DecodeResult> decode)
    {
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            return new ReadFailure(path, $"file too large: {size} bytes, over the limit of {options.MaxFileBytes}");
        }

        var decoded = decode(File.ReadAllBytes(path));
        if (!decoded.Succeeded)
        {
            return new ReadFailure(path, decoded.Refusal);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        return new DocumentRead(RawDocumentFactory.Create(id, path, decoded.Text, format, DocumentHints.None));
    }
}
