namespace Storyline.Export;

/// <summary>One line of <c>stories.jsonl</c>, as the exchange format (FORMAT.md) defines it.</summary>
public sealed record StoryRecord(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<SummarySentenceRecord> Summary,
    IReadOnlyList<TimelineEntryRecord> Timeline,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<PositionRecord> Positions);

public sealed record SummarySentenceRecord(string Text, string Article);

public sealed record TimelineEntryRecord(string? Date, string Text, IReadOnlyList<string> Articles);

public sealed record ClaimRecord(string Subject, IReadOnlyList<ClaimValueRecord> Values, bool Disagree);

public sealed record ClaimValueRecord(object Value, string Qualifier, IReadOnlyList<string> Articles);

public sealed record PositionRecord(string Actor, string? Speaker, string Act, string Issue, IReadOnlyList<string> Articles);
