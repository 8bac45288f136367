namespace Storyline.Stories;

/// <summary>Where one article went: its event, its story and, when it repeats an earlier report, which one.</summary>
public sealed record ClusterAssignment(string ArticleId, string EventId, string StoryId, string? DuplicateOf, DuplicateKind DuplicateKind);

/// <summary>How an article repeats an earlier one.</summary>
public enum DuplicateKind
{
    None,

    /// <summary>The same text once case, punctuation and spacing are ignored.</summary>
    ExactCopy,

    /// <summary>The same wording with small edits (a changed sentence, a trimmed paragraph).</summary>
    NearCopy,

    /// <summary>The same report in other words: same quotes, figures, names and day.</summary>
    Retranslation,
}
