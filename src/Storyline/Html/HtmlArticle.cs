using Storyline.Documents;

namespace Storyline.Html;

/// <summary>One block of an extracted article body: a paragraph (also a list item or a block
/// quote) or a cross-head, as plain text with white space collapsed.</summary>
public readonly record struct HtmlBlock(BlockKind Kind, string Text);

/// <summary>
/// What a page says about itself. Every field is null when the page does not say it or says it in a
/// way that cannot be trusted (a date in the future, a date that is only a page-header clock).
/// </summary>
public sealed record HtmlMetadata(
    string? Title = null,
    DateOnly? Published = null,
    DateOnly? Modified = null,
    string? Author = null,
    string? SiteName = null,
    string? Language = null,
    string? CanonicalUrl = null)
{
    public static HtmlMetadata None { get; } = new();
}

/// <summary>An article extracted from an HTML page: its body blocks in reading order and the
/// page's metadata. <see cref="Blocks"/> is empty when the page holds no article text.</summary>
public sealed record HtmlArticle(IReadOnlyList<HtmlBlock> Blocks, HtmlMetadata Metadata)
{
    /// <summary>The body as text, one block a line.</summary>
    public string Text => string.Join('\n', Blocks.Select(b => b.Text));
}
