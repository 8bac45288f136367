namespace Storyline.Analysis;

/// <summary>
/// The version of what the pipeline extracts. A stored article analysed by an older version is
/// analysed again on the next run; one analysed by this version with the same content is skipped.
/// Raise it whenever a stage changes its output.
/// </summary>
public static class AnalysisVersion
{
    public const int Current = 8;
}
