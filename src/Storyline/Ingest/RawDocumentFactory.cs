using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>Makes a raw document from decoded text: normalises it and keeps the decoded text
/// beside it when the two differ, so offsets can be traced back to the source.</summary>
internal static class RawDocumentFactory
{
    public static RawDocument Create(string id, string origin, string decoded, DocumentFormat format, DocumentHints hints)
    {
        var normalized = TextNormalizer.Normalize(decoded);
        var changed = !ReferenceEquals(normalized.Text, decoded);
        return new RawDocument(id, origin, normalized.Text, format, hints)
        {
            Original = changed ? decoded : null,
            OriginalMap = normalized.ToSource,
        };
    }
}
