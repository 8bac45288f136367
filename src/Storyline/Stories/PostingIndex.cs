namespace Storyline.Stories;

/// <summary>
/// An inverted index from terms and names to the clusters that most recently used them. Each
/// posting list keeps only its newest entries, so a lookup costs the same whether the archive
/// holds a thousand clusters or a million, and old clusters fade out of reach of common terms.
/// </summary>
internal sealed class PostingIndex
{
    private readonly int _limit;
    private readonly Dictionary<string, List<string>> _postings;

    public PostingIndex(int limit, IReadOnlyDictionary<string, IReadOnlyList<string>> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        _limit = limit;
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Records that <paramref name="clusterId"/> used <paramref name="key"/> now, making it the newest posting.</summary>
    public void Add(string key, string clusterId)
    {
        if (!_postings.TryGetValue(key, out var list))
            _postings[key] = list = [];
        list.Remove(clusterId);
        if (list.Count >= _limit)
            list.RemoveAt(0);
        list.Add(clusterId);
    }

    /// <summary>
    /// The clusters posted under most of the keys, at most <paramref name="limit"/> of them: a
    /// cluster that shares many of an article's distinctive terms is worth scoring, one that shares
    /// a single common word is not. Ties go to the cluster seen first, so the choice is deterministic.
    /// </summary>
    public List<string> Candidates(IEnumerable<string> keys, int limit)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var list))
                continue;
            foreach (var id in list)
            {
                if (!hits.TryGetValue(id, out var count))
                    order.Add(id);
                hits[id] = count + 1;
            }
        }
        return order.Count <= limit ? order : [.. order.OrderByDescending(id => hits[id]).Take(limit)];
    }

    /// <summary>Drops every posting of a cluster that is no longer kept, and every key left with none.</summary>
    public void Prune(Func<string, bool> kept)
    {
        var emptied = new List<string>();
        foreach (var (key, list) in _postings)
        {
            list.RemoveAll(id => !kept(id));
            if (list.Count == 0)
                emptied.Add(key);
        }
        foreach (var key in emptied)
            _postings.Remove(key);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToSnapshot() =>
        _postings.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal);
}
