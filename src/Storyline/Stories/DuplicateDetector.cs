namespace Storyline.Stories;

/// <summary>
/// Finds articles that repeat an earlier report: exact copies by a hash of the normalised words,
/// near copies by MinHash with LSH banding (candidates come from shared band buckets, never from a
/// scan of the archive), and re-translations by comparing the facts a translation keeps.
/// Reports of one event by different outlets share names and figures but not their sentences,
/// quotes and structure, so they are not duplicates.
/// </summary>
internal sealed class DuplicateDetector
{
    /// <summary>
    /// Share of the opening sentences that must reappear, in the same order, in the other report.
    /// A translation or re-edit of one dispatch keeps the order of its lead; two outlets covering
    /// one event share the lead facts but tell them in their own order. On ECB+ same-event pairs
    /// the median is 0.25; the re-translated seed pair scores 0.62.
    /// </summary>
    private const double LeadAlignment = 0.6;

    /// <summary>Sentences counted as the lead: about the first three paragraphs of a wire report.</summary>
    private const int LeadSentences = 8;

    /// <summary>Content-term overlap (of the smaller sentence or quote) at which two are counterparts.</summary>
    private const double CounterpartOverlap = 0.5;

    /// <summary>Sentences with fewer content terms than this say too little to align.</summary>
    private const int MinSentenceTerms = 4;

    /// <summary>A report needs this many alignable lead sentences before a re-translation can be claimed: one shared opener is not a report.</summary>
    private const int MinLeadSentences = 3;

    /// <summary>
    /// Quotes both reports must carry in the same words' content. Outlets covering one event often
    /// share one quote from a statement; a re-translation carries all of its dispatch's quotes.
    /// </summary>
    private const int MinSharedQuotes = 2;

    private readonly StoryClustererOptions _options;
    private readonly Dictionary<ulong, string> _exact;
    private readonly Dictionary<string, KnownReport> _reports;
    private readonly Dictionary<ulong, List<string>> _buckets;
    private readonly Dictionary<string, ReportFingerprint> _fingerprints;

    public DuplicateDetector(StoryClustererOptions options, DuplicateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _options = options;
        _exact = new Dictionary<ulong, string>(snapshot.ExactHashes);
        _reports = snapshot.Reports.ToDictionary(r => r.ArticleId, r => r with { Signature = r.Signature.ToArray() }, StringComparer.Ordinal);
        _buckets = snapshot.Buckets.ToDictionary(p => p.Key, p => p.Value.ToList());
        _fingerprints = snapshot.Fingerprints.ToDictionary(f => f.ArticleId, StringComparer.Ordinal);
    }

    /// <summary>The earlier article this one copies exactly or nearly, if any.</summary>
    public (KnownReport Original, DuplicateKind Kind)? FindCopy(ulong textHash, uint[] signature)
    {
        if (_exact.TryGetValue(textHash, out var exact))
            return (OriginalOf(exact), DuplicateKind.ExactCopy);

        string? best = null;
        var bestJaccard = _options.NearCopyJaccard;
        foreach (var key in MinHasher.BandKeys(signature))
        {
            if (!_buckets.TryGetValue(key, out var ids))
                continue;
            foreach (var id in ids)
            {
                var jaccard = MinHasher.EstimatedJaccard(signature, _reports[id].Signature);
                if (jaccard > bestJaccard || (jaccard == bestJaccard && best is null))
                {
                    bestJaccard = jaccard;
                    best = id;
                }
            }
        }
        return best is null ? null : (OriginalOf(best), DuplicateKind.NearCopy);
    }

    /// <summary>The earliest of <paramref name="candidateIds"/> that <paramref name="fingerprint"/> re-tells in other words.</summary>
    public string? FindRetranslation(ReportFingerprint fingerprint, IEnumerable<string> candidateIds)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        foreach (var id in candidateIds)
        {
            if (_fingerprints.TryGetValue(id, out var other) && IsRetranslation(fingerprint, other))
                return other.OriginalId;
        }
        return null;
    }

    public void Remember(KnownReport report, ulong textHash, ReportFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(report);
        var articleId = report.ArticleId;
        var signature = report.Signature;
        _exact.TryAdd(textHash, articleId);
        _reports[articleId] = report;
        foreach (var key in MinHasher.BandKeys(signature))
        {
            if (!_buckets.TryGetValue(key, out var ids))
                _buckets[key] = ids = [];
            if (ids.Count >= _options.BucketLimit)
                ids.RemoveAt(0);
            ids.Add(articleId);
        }
        _fingerprints[articleId] = fingerprint;
    }

    /// <summary>Drops the re-translation fingerprint of an article that left its event's recent members.</summary>
    public void Forget(string articleId) => _fingerprints.Remove(articleId);

    public DuplicateSnapshot ToSnapshot() => new(
        new Dictionary<ulong, string>(_exact),
        [.. _reports.Values],
        _buckets.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value]),
        [.. _fingerprints.Values]);

    private KnownReport OriginalOf(string articleId)
    {
        var report = _reports[articleId];
        return _reports.GetValueOrDefault(report.OriginalId, report);
    }

    internal static bool IsRetranslation(ReportFingerprint a, ReportFingerprint b)
    {
        if (a.Published is { } da && b.Published is { } db && Math.Abs(da.DayNumber - db.DayNumber) > 1)
            return false;
        if (OverlapCoefficient(a.Names, b.Names) < CounterpartOverlap)
            return false;
        if (a.Figures.Count > 0 && b.Figures.Count > 0 && !a.Figures.Intersect(b.Figures).Any())
            return false;
        if (SharedQuotes(a.QuoteTerms, b.QuoteTerms) < Math.Min(MinSharedQuotes, Math.Min(a.QuoteTerms.Count, b.QuoteTerms.Count)))
            return false;
        return OrderedLeadShare(a.SentenceTerms, b.SentenceTerms) >= LeadAlignment;
    }

    private static int SharedQuotes(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b)
    {
        var right = b.Select(q => q.ToHashSet(StringComparer.Ordinal)).ToList();
        return a.Count(q => right.Any(o => OverlapCoefficient(q, o) >= CounterpartOverlap));
    }

    /// <summary>
    /// The longest in-order chain of counterpart sentences between the two leads, as a share of
    /// the shorter lead (a longest common subsequence where "equal" means counterpart).
    /// </summary>
    private static double OrderedLeadShare(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b)
    {
        var left = Lead(a);
        var right = Lead(b);
        var shorter = Math.Min(left.Count, right.Count);
        if (shorter < MinLeadSentences)
            return 0;
        var chain = new int[left.Count + 1, right.Count + 1];
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = 0; j < right.Count; j++)
            {
                var match = OverlapCoefficient(left[i], right[j]) >= CounterpartOverlap ? 1 : 0;
                chain[i + 1, j + 1] = Math.Max(Math.Max(chain[i, j + 1], chain[i + 1, j]), chain[i, j] + match);
            }
        }
        return (double)chain[left.Count, right.Count] / shorter;
    }

    private static List<HashSet<string>> Lead(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        sentences.Where(s => s.Count >= MinSentenceTerms).Take(LeadSentences).Select(s => s.ToHashSet(StringComparer.Ordinal)).ToList();

    private static double OverlapCoefficient<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        var left = a as ISet<T> ?? a.ToHashSet();
        var right = b as ISet<T> ?? b.ToHashSet();
        var smaller = Math.Min(left.Count, right.Count);
        if (smaller == 0)
            return 0;
        var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
        return (double)small.Count(large.Contains) / smaller;
    }
}
