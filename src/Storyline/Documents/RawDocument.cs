namespace Storyline.Documents;

/// <summary>How the text of a raw document is written.</summary>
public enum DocumentFormat
{
    /// <summary>Text scraped from a page, one paragraph or page element per line.</summary>
    PlainText,

    /// <summary>A whole HTML page.</summary>
    Html,

    /// <summary>The article of a page as its structure gave it: the headline on the first line when
    /// the title is known, then one body block a line.</summary>
    ExtractedText,
}

/// <summary>What the source of a document says about it, beside its text (JSON Lines fields, a feed item).</summary>
public sealed record DocumentHints(
    string? Title = null,
    string? Url = null,
    DateOnly? Published = null,
    string? Outlet = null,
    string? Language = null,
    string? Author = null,
    DateOnly? Modified = null)
{
    public static DocumentHints None { get; } = new();
}

/// <summary>
/// A document as read from its source and decoded to text, before any cleaning.
/// <see cref="Origin"/> names where it came from (a file, a file and line) for errors and provenance.
/// </summary>
public sealed record RawDocument(string Id, string Origin, string Text, DocumentFormat Format, DocumentHints Hints)
{
    /// <summary>The decoded text before normalisation, when normalising changed it; null when
    /// <see cref="Text"/> is the decoded text itself.</summary>
    public string? Original { get; init; }

    /// <summary>Maps offsets in <see cref="Text"/> back to <see cref="Original"/>.</summary>
    public OffsetMap OriginalMap { get; init; } = OffsetMap.Identity;

    /// <summary>The text as decoded from the source, which every output points back into.</summary>
    public string DecodedText => Original ?? Text;
}
