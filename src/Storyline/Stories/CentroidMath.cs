namespace Storyline.Stories;

/// <summary>Adding articles into a bounded centroid.</summary>
internal static class CentroidMath
{
    /// <summary>
    /// Adds <paramref name="addition"/> into <paramref name="centroid"/>. When the centroid grows past
    /// half again its limit it is cut back to the <paramref name="limit"/> heaviest terms (IDF
    /// weighted), so its size and the cost of comparing against it stay bounded; cutting in bulk
    /// keeps the sort rare.
    /// </summary>
    public static void AddInto(Dictionary<string, double> centroid, IReadOnlyDictionary<string, double> addition, TermStatistics statistics, int limit)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        foreach (var (term, weight) in addition)
            centroid[term] = centroid.GetValueOrDefault(term) + weight;
        statistics.Changed(centroid);
        if (centroid.Count <= limit + (limit / 2))
            return;
        foreach (var term in centroid.OrderByDescending(p => p.Value * statistics.Idf(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal).Skip(limit).Select(p => p.Key).ToList())
            centroid.Remove(term);
    }
}
