using Storyline.Export;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>
/// What the clustering step needs of a store: the articles no clusterer has placed yet, in time order,
/// a place for their assignments, and the clusterer's state between runs.
/// </summary>
public interface IClusterStore
{
    /// <summary>Up to <paramref name="limit"/> stored articles without an event, by publication date (undated
    /// last) and then arrival, each with its arrival number.</summary>
    IReadOnlyList<(ArticleRecord Record, long Arrival)> ReadUnclustered(int limit);

    /// <summary>The outlets an article credits.</summary>
    IReadOnlyList<string> OutletsOf(string articleId);

    /// <summary>Stores the assignments and the outlets each article takes from the report it copies, in one transaction.</summary>
    void SaveClusters(IReadOnlyList<(ClusterAssignment Assignment, IReadOnlyList<string> InheritedOutlets)> assignments);

    /// <summary>Stores the clusterer's state in place of the one before.</summary>
    void SaveClusteringState(ClusteringSnapshot snapshot);

    /// <summary>Adds outlets that an article takes from a copy of it, beside those it credits itself.</summary>
    void AddCredits(string articleId, IReadOnlyList<string> outlets);

    /// <summary>The clusterer's state as the last run left it, or null when there is none of this snapshot version.</summary>
    ClusteringSnapshot? ReadClusteringState();
}
