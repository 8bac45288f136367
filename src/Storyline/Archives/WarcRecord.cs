namespace Storyline.Archives;

/// <summary>What reading the next record of a WARC file gave: the record, or why its header could not be read.</summary>
internal abstract record WarcEntry(int Number, long Offset);

/// <summary>One record of a WARC file: its number (from 1), where its header starts in the
/// uncompressed stream, its named header fields and, when it was read, its content block.</summary>
internal sealed record WarcRecord(int Number, long Offset, IReadOnlyDictionary<string, string> Fields, byte[]? Block)
    : WarcEntry(Number, Offset)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A record whose header could not be read; <see cref="Reason"/> is one line.</summary>
internal sealed record WarcRecordError(int Number, long Offset, string Reason) : WarcEntry(Number, Offset);
