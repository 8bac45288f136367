using System.Runtime.CompilerServices;

namespace Storyline.Stories;

/// <summary>
/// Document frequencies learned as articles arrive, so inverse document frequency needs no
/// corpus up front and keeps adapting to what the archive is about.
/// </summary>
/// <remarks>
/// Every term has a number, and each term bag compared is kept as arrays of term numbers and
/// weights (<see cref="BagOf"/>), so weighting a bag costs array reads instead of a string hash per
/// term: an article is scored against dozens of centroids and members of hundreds of terms each, and
/// the weights change with every article, so they cannot be kept.
/// </remarks>
internal sealed class TermStatistics
{
    /// <summary>Logarithms of small document frequencies plus one, so a weight costs a lookup, not a logarithm.</summary>
    private static readonly double[] SmallLogs = [.. Enumerable.Range(0, 4096).Select(df => Math.Log(df + 1.0))];

    private readonly ConditionalWeakTable<IReadOnlyDictionary<string, double>, TermBag>.CreateValueCallback _newBag;
    private Dictionary<string, int> _ids;
    private List<string> _terms;
    private int[] _frequency;
    private ConditionalWeakTable<IReadOnlyDictionary<string, double>, TermBag> _bags = new();

    /// <summary>
    /// The bag last compared, kept spread out by term number (<see cref="_position"/>: its index plus
    /// one, zero for terms it lacks): an article is compared with dozens of bags in turn.
    /// </summary>
    private TermBag? _loaded;

    private int[] _position = [];

    /// <summary>Products of shared terms by index in <see cref="_loaded"/>, zero between comparisons.</summary>
    private double[] _products = [];

    /// <summary>Terms with a document frequency above zero: what <see cref="Bound"/> counts.</summary>
    private int _known;

    private double _logDocuments;

    public TermStatistics()
        : this(new Dictionary<string, int>(), 0)
    {
    }

    private TermStatistics(IReadOnlyDictionary<string, int> documentFrequency, int documentCount)
    {
        _newBag = NewBag;
        _ids = new Dictionary<string, int>(documentFrequency.Count, StringComparer.Ordinal);
        _terms = new List<string>(documentFrequency.Count);
        _frequency = new int[Math.Max(1024, documentFrequency.Count)];
        foreach (var (term, frequency) in documentFrequency)
        {
            var id = IdOf(term);
            _frequency[id] = frequency;
            if (frequency > 0)
                _known++;
        }
        DocumentCount = documentCount;
        _logDocuments = Math.Log(documentCount + 1.0);
    }

    public int DocumentCount { get; private set; }

    public void Observe(IEnumerable<string> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        foreach (var term in distinctTerms)
        {
            var id = IdOf(term);
            if (_frequency[id]++ == 0)
                _known++;
        }
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
        if (_known <= maxTerms)
            return;
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < _terms.Count; id++)
        {
            if (_frequency[id] > 1)
                kept[_terms[id]] = _frequency[id];
        }
        // Terms are numbered afresh, so every bag's numbers are worked out again when next compared.
        _ids = new Dictionary<string, int>(kept.Count, StringComparer.Ordinal);
        _terms = new List<string>(kept.Count);
        _frequency = new int[Math.Max(1024, kept.Count)];
        _bags = new();
        _loaded = null;
        _position = [];
        _known = 0;
        foreach (var (term, frequency) in kept)
        {
            var id = IdOf(term);
            _frequency[id] = frequency;
            _known++;
        }
    }

    /// <summary>
    /// The table's own copy of <paramref name="term"/> when it has one, else the term itself: bags and
    /// fingerprints kept for every live article then share one string per term instead of one per use.
    /// </summary>
    public string Shared(string term) => _ids.TryGetValue(term, out var id) ? _terms[id] : term;

    /// <summary>Smoothed IDF: a term in every document still weighs a little, an unseen one the most.</summary>
    public double Idf(string term) => IdfOf(_ids.TryGetValue(term, out var id) ? _frequency[id] : 0);

    /// <summary>The Euclidean norm of <paramref name="bag"/> with every term weighted by its IDF.</summary>
    public double Norm(IReadOnlyDictionary<string, double> bag)
    {
        var terms = BagOf(bag);
        double sum = 0;
        for (var i = 0; i < terms.Ids.Length; i++)
        {
            var w = terms.Weights[i] * IdfOf(_frequency[terms.Ids[i]]);
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>
    /// The IDF-weighted dot product of two bags, summed over the smaller one in its own order (and so,
    /// to the last bit, as a walk over that dictionary probing the other would sum it).
    /// </summary>
    public double Dot(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = BagOf(a);
        var right = BagOf(b);
        var small = a.Count <= b.Count ? left : right;
        var (loaded, other) = ReferenceEquals(right, _loaded) ? (right, left) : (left, right);
        Load(loaded);
        double dot = 0;
        if (!ReferenceEquals(small, loaded))
        {
            for (var i = 0; i < other.Ids.Length; i++)
            {
                var id = other.Ids[i];
                var at = _position[id];
                if (at > 0)
                {
                    var idf = IdfOf(_frequency[id]);
                    dot += other.Weights[i] * loaded.Weights[at - 1] * idf * idf;
                }
            }
            return dot;
        }

        // The loaded bag is the smaller: products are set at its indices and summed in its order;
        // adding the zeros of terms it does not share leaves the sum as it was, bit for bit.
        for (var i = 0; i < other.Ids.Length; i++)
        {
            var id = other.Ids[i];
            var at = _position[id];
            if (at > 0)
            {
                var idf = IdfOf(_frequency[id]);
                _products[at - 1] = loaded.Weights[at - 1] * other.Weights[i] * idf * idf;
            }
        }
        for (var i = 0; i < loaded.Ids.Length; i++)
        {
            dot += _products[i];
            _products[i] = 0;
        }
        return dot;
    }

    /// <summary>Says that <paramref name="bag"/> was changed in place, so its cached form no longer holds.</summary>
    public void Changed(IReadOnlyDictionary<string, double> bag) => _bags.Remove(bag);

    public TermStatisticsSnapshot ToSnapshot()
    {
        var frequencies = new Dictionary<string, int>(_known, StringComparer.Ordinal);
        for (var id = 0; id < _terms.Count; id++)
        {
            if (_frequency[id] > 0)
                frequencies[_terms[id]] = _frequency[id];
        }
        return new TermStatisticsSnapshot(DocumentCount, frequencies);
    }

    public static TermStatistics FromSnapshot(TermStatisticsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new TermStatistics(snapshot.DocumentFrequency, snapshot.DocumentCount);
    }

    private double IdfOf(int frequency) =>
        _logDocuments - (frequency < SmallLogs.Length ? SmallLogs[frequency] : Math.Log(frequency + 1.0)) + 1.0;

    private int IdOf(string term)
    {
        if (_ids.TryGetValue(term, out var id))
            return id;
        id = _terms.Count;
        _ids[term] = id;
        _terms.Add(term);
        if (id >= _frequency.Length)
            Array.Resize(ref _frequency, _frequency.Length * 2);
        return id;
    }

    private void Load(TermBag bag)
    {
        if (_position.Length < _terms.Count)
            Array.Resize(ref _position, Math.Max(_terms.Count, _position.Length * 2));
        if (ReferenceEquals(bag, _loaded))
            return;
        if (_loaded is not null)
        {
            foreach (var id in _loaded.Ids)
                _position[id] = 0;
        }
        for (var i = 0; i < bag.Ids.Length; i++)
            _position[bag.Ids[i]] = i + 1;
        if (_products.Length < bag.Ids.Length)
            _products = new double[Math.Max(bag.Ids.Length, _products.Length * 2)];
        _loaded = bag;
    }

    private TermBag BagOf(IReadOnlyDictionary<string, double> bag) => _bags.GetValue(bag, _newBag);

    private TermBag NewBag(IReadOnlyDictionary<string, double> bag)
    {
        var ids = new int[bag.Count];
        var weights = new double[bag.Count];
        var i = 0;
        foreach (var (term, weight) in bag)
        {
            ids[i] = IdOf(term);
            weights[i] = weight;
            i++;
        }
        return new TermBag(ids, weights);
    }

    /// <summary>A term bag as term numbers and weights, in the order its dictionary enumerates them.</summary>
    private sealed record TermBag(int[] Ids, double[] Weights);
}
