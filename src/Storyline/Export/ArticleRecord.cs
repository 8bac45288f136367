namespace Storyline.Export;

/// <summary>One line of <c>articles.jsonl</c>, as the exchange format (FORMAT.md) defines it.</summary>
public sealed record ArticleRecord(
    string Id,
    string? Title,
    string? Published,
    IReadOnlyList<string> Outlets,
    string? Dateline,
    string Text,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<NumberRecord> Numbers,
    IReadOnlyList<TimeRecord> Times,
    string Event,
    string Story,
    string? DuplicateOf,
    string? Author,
    string? Origin,
    string? Language = null,
    string? Url = null,
    string? Modified = null);

public sealed record EntityRecord(string Name, string Type, IReadOnlyList<string> Mentions);

public sealed record QuoteRecord(string Text, string? Speaker, string Kind);

/// <summary>A figure as the exchange format gives it; <see cref="Sentence"/>, an extra field, is the
/// sentence that states it, so a report can set the sources' figures side by side.</summary>
public sealed record NumberRecord(string Text, double? Value, string? Unit, string Qualifier, string? Sentence = null);

public sealed record TimeRecord(string Text, string Type, string? Value);
