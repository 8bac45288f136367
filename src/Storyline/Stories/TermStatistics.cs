namespace Storyline.Stories;

/// <summary>
/// Document frequencies learned as articles arrive, so inverse document frequency needs no
/// corpus up front and keeps adapting to what the archive is about.
/// </summary>
internal sealed class TermStatistics
{
    /// <summary>Logarithms of small document frequencies plus one, so a weight costs a lookup, not a logarithm.</summary>
    private static readonly double[] SmallLogs = [.. Enumerable.Range(0, 4096).Select(df => Math.Log(df + 1.0))];

    private readonly Dictionary<string, int> _documentFrequency;
    private double _logDocuments;

    public TermStatistics()
        : this(new Dictionary<string, int>(StringComparer.Ordinal), 0)
    {
    }

    private TermStatistics(Dictionary<string, int> documentFrequency, int documentCount)
    {
        _documentFrequency = documentFrequency;
        DocumentCount = documentCount;
        _logDocuments = Math.Log(documentCount + 1.0);
    }

    public int DocumentCount { get; private set; }

    public void Observe(IEnumerable<string> distinctTerms)
    {
        foreach (var term in distinctTerms)
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        DocumentCount++;
        _logDocuments = Math.Log(DocumentCount + 1.0);
    }

    /// <summary>
    /// Forgets the terms seen in one document only once there are more than <paramref name="maxTerms"/>:
    /// a forgotten term weighs as an unseen one, almost what a single sighting weighed, while names
    /// and typos seen once would otherwise grow the table with the archive.
    /// </summary>
    public void Bound(int maxTerms)
    {
        if (_documentFrequency.Count <= maxTerms)
            return;
        foreach (var (term, frequency) in _documentFrequency)
        {
            if (frequency <= 1)
                _documentFrequency.Remove(term);
        }
    }

    /// <summary>Smoothed IDF: a term in every document still weighs a little, an unseen one the most.</summary>
    public double Idf(string term)
    {
        var frequency = _documentFrequency.GetValueOrDefault(term);
        return _logDocuments - (frequency < SmallLogs.Length ? SmallLogs[frequency] : Math.Log(frequency + 1.0)) + 1.0;
    }

    public TermStatisticsSnapshot ToSnapshot() => new(DocumentCount, new Dictionary<string, int>(_documentFrequency, StringComparer.Ordinal));

    public static TermStatistics FromSnapshot(TermStatisticsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new TermStatistics(new Dictionary<string, int>(snapshot.DocumentFrequency, StringComparer.Ordinal), snapshot.DocumentCount);
    }
}
