namespace Storyline.Export;

/// <summary>One line of <c>stories.jsonl</c>, as the exchange format (FORMAT.md) defines it;
/// <see cref="Coverage"/> is an extra field.</summary>
public sealed record StoryRecord(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<SummarySentenceRecord> Summary,
    IReadOnlyList<TimelineEntryRecord> Timeline,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<PositionRecord> Positions,
    CoverageRecord? Coverage = null);

public sealed record SummarySentenceRecord(string Text, string Article);

public sealed record TimelineEntryRecord(string? Date, string Text, IReadOnlyList<string> Articles);

public sealed record ClaimRecord(string Subject, IReadOnlyList<ClaimValueRecord> Values, bool Disagree);

/// <summary>One figure of a claim. <see cref="Sources"/> (extra) counts the independent reports that give it,
/// a re-published copy counted with its original; <see cref="Sentences"/> (extra) are the sentences stating it.</summary>
public sealed record ClaimValueRecord(
    object Value,
    string Qualifier,
    IReadOnlyList<string> Articles,
    int Sources = 0,
    IReadOnlyList<string>? Sentences = null);

/// <summary>A position a speaker takes for an actor; <see cref="Evidence"/> (extra) is the sentence of the first article that states it.</summary>
public sealed record PositionRecord(string Actor, string? Speaker, string Act, string Issue, IReadOnlyList<string> Articles, string? Evidence = null);

/// <summary>Which outlets carry each quotation and figure of a story (an extra field of the story).</summary>
public sealed record CoverageRecord(IReadOnlyList<CoveredItemRecord> Quotes, IReadOnlyList<CoveredItemRecord> Figures);

/// <summary>A quotation or figure with the outlets and articles that carry it; <see cref="SingleSource"/>
/// when only one independent report gives it.</summary>
public sealed record CoveredItemRecord(
    string Text,
    string? Speaker,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> Articles,
    bool SingleSource);
