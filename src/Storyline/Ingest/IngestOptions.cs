namespace Storyline.Ingest;

/// <summary>Settings of the Ingest stage.</summary>
public sealed record IngestOptions
{
    /// <summary>50 MB: far above any article, low enough that a stray archive or dump is not loaded.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    public static IngestOptions Default { get; } = new();

    /// <summary>The largest document a reader loads at once: a whole file for a file that is one
    /// document, one line of a JSON Lines corpus (which is streamed and may be larger; one record of a WARC crawl).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
