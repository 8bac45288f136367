using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>What a story's articles say together: a summary, a timeline of its events, the figures
/// its sources give for the same thing, the positions its speakers take, and which outlets carry
/// which quotation and figure.</summary>
public sealed record Dossier(
    IReadOnlyList<SummarySentenceRecord> Summary,
    IReadOnlyList<TimelineEntryRecord> Timeline,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<PositionRecord> Positions,
    CoverageRecord Coverage);
