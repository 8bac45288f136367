using Storyline.Analysis;
using Storyline.Entities;

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
/// idempotent: the same content analysed by the same analysis version is stored once.
/// </summary>
public interface IArticleStore : IClusterStore, IDisposable
{
    /// <summary>What the store holds for an article id, or null when it holds nothing.</summary>
    StoredVersion? VersionOf(string articleId);

    /// <summary>Saves a batch of articles and the catalog entries that changed with them, in one
    /// transaction: all of it is stored, or none of it.</summary>
    IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<AnalyzedArticle> batch, IReadOnlyList<CatalogEntry> catalogChanges);

    /// <summary>The entity catalog as stored: one entry per real-world entity, with its aliases.</summary>
    IReadOnlyList<CatalogEntry> ReadCatalog();

    /// <summary>Every stored article, in the order they were first added.</summary>
    IEnumerable<StoredArticle> ReadAll();

    int Count();
}

/// <summary>The content hash and analysis version stored for an article.</summary>
public sealed record StoredVersion(string ContentHash, int AnalysisVersion);
