using Storyline.Export;

namespace Storyline.Storage;

/// <summary>An article as the store keeps it: its exchange record, its original text and where it came from.</summary>
public sealed record StoredArticle(
    ArticleRecord Record,
    string Origin,
    string ContentHash,
    string OriginalText,
    DateTimeOffset AddedAt);
