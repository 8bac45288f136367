using Storyline.Analysis;

namespace Storyline.Storage;

/// <summary>What saving an article did.</summary>
public enum SaveOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>
/// Where analysed articles are kept between runs. Saving is keyed by article id and is
/// idempotent: the same content saved twice is stored once.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The content hash stored for an article id, or null when it is not stored.</summary>
    string? ContentHashOf(string articleId);

    SaveOutcome Save(AnalyzedArticle article);

    /// <summary>Every stored article, in the order they were first added.</summary>
    IEnumerable<StoredArticle> ReadAll();

    int Count();
}
