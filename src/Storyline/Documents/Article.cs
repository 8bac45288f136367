namespace Storyline.Documents;

/// <summary>What a block of the clean body is.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
}

/// <summary>One block of the clean body: a paragraph or a cross-head.</summary>
public readonly record struct Block(BlockKind Kind, TextSpan Span);

/// <summary>
/// An article separated from its page: metadata and a clean body. <see cref="Text"/> holds the
/// blocks separated by a blank line; <see cref="SourceMap"/> maps its offsets back to
/// <see cref="RawDocument.Text"/> so every later output can point at the words it came from.
/// </summary>
public sealed record Article(
    string Id,
    string Origin,
    string ContentHash,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<string> Outlets,
    string? Author,
    string? Dateline,
    string Text,
    IReadOnlyList<Block> Blocks,
    OffsetMap SourceMap)
{
    /// <summary>The ISO 639-1 code of the article's language; null when it cannot be told.</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was found: the page's canonical address when it names one.</summary>
    public string? Url { get; init; }

    /// <summary>When the page says it was last changed; null when it does not say or cannot be trusted.</summary>
    public DateOnly? Modified { get; init; }
}
