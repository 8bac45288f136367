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
    /// Share of the names of the report naming fewer that the other must name too. A translation or
    /// an edit of one dispatch keeps its people and places; another outlet's report of the same
    /// event brings its own sources and omits others (on ECB+ same-event pairs the median is 0.6).
    /// </summary>
    private const double NameCoverage = 0.8;

    /// <summary>
    /// Figures are evidence against only when both reports state several and share none: an
    /// abridged edit drops most of its dispatch's figures, and a lone year may be read as a date in one.
    /// </summary>
    private const int MinFiguresToDisagree = 2;

    /// <summary>Sentences with fewer content terms than this say too little to align.</summary>
    private const int MinSentenceTerms = 4;

    /// <summary>
    /// Whole-report correspondence: share of the shorter report's sentences that have a close
    /// counterpart, in order, in the other. Re-edits of one wire text on ECB+ score 0.8 to 1;
    /// reports written apart rarely pass 0.6 because each outlet tells the facts in its own sentences.
    /// </summary>
    private const double WholeCorrespondence = 0.8;

    /// <summary>A report needs this many alignable sentences before whole correspondence means anything.</summary>
    private const int MinWholeSentences = 4;

    /// <summary>
    /// Content-term Jaccard at which two sentences are close counterparts. Claiming a whole report
    /// asks for close sentences; the opening check below allows a translation's rewording.
    /// </summary>
    private const double CloseCounterpart = 0.4;

    /// <summary>
    /// The opening: the first sentences of a dispatch (lead and first quotes) are what every edit
    /// and translation keeps, while later paragraphs are cut or swapped by each outlet.
    /// </summary>
    private const int OpeningSentences = 4;

    /// <summary>Opening sentences that must correspond, in order: one may be split or merged by the translation.</summary>
    private const int OpeningCounterparts = 3;

    /// <summary>Content-term overlap (of the smaller sentence or quote) at which a translated sentence or quote is a counterpart.</summary>
    private const double LooseCounterpart = 0.5;

    /// <summary>
    /// Quotes that both reports carry in the same order, counting only quotes of at least
    /// <see cref="MinQuoteTerms"/> content terms. Outlets covering one event often share one quote
    /// of a statement; one dispatch carries its whole sequence of quotes into every version.
    /// </summary>
    private const int MinQuoteChain = 2;

    /// <summary>A quoted single word ("concessions") is a scare quote many reports share, not a quotation.</summary>
    private const int MinQuoteTerms = 2;

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

    /// <summary>Forgets every report of the given events: a copy of one would have no event to join.</summary>
    public void ForgetEvents(IReadOnlySet<string> eventIds)
    {
        var gone = _reports.Values.Where(r => eventIds.Contains(r.EventId)).Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);
        if (gone.Count == 0)
            return;
        foreach (var id in gone)
        {
            _reports.Remove(id);
            _fingerprints.Remove(id);
        }
        foreach (var (hash, id) in _exact)
        {
            if (gone.Contains(id))
                _exact.Remove(hash);
        }
        var emptied = new List<ulong>();
        foreach (var (key, ids) in _buckets)
        {
            ids.RemoveAll(gone.Contains);
            if (ids.Count == 0)
                emptied.Add(key);
        }
        foreach (var key in emptied)
            _buckets.Remove(key);
    }

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

    /// <summary>
    /// Whether two reports are one report told twice: same day, the same names, no disagreeing
    /// figures, and either sentence-by-sentence correspondence over the whole of the shorter, or
    /// the same opening carrying the same quotes in the same order (an edit or translation of one dispatch).
    /// </summary>
    internal static bool IsRetranslation(ReportFingerprint a, ReportFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Published is { } da && b.Published is { } db && Math.Abs(da.DayNumber - db.DayNumber) > 1)
            return false;
        if (OverlapCoefficient(a.Names, b.Names) < NameCoverage)
            return false;
        if (a.Figures.Count >= MinFiguresToDisagree && b.Figures.Count >= MinFiguresToDisagree && !a.Figures.Intersect(b.Figures).Any())
            return false;
        var left = Alignable(a.SentenceTerms);
        var right = Alignable(b.SentenceTerms);
        return CorrespondsThroughout(left, right) || (SameOpening(left, right) && SameQuoteSequence(a.QuoteTerms, b.QuoteTerms));
    }

    private static bool CorrespondsThroughout(List<HashSet<string>> left, List<HashSet<string>> right)
    {
        var shorter = Math.Min(left.Count, right.Count);
        return shorter >= MinWholeSentences && InOrder(left, right, CloseCounterpart, Jaccard) >= WholeCorrespondence * shorter;
    }

    private static bool SameOpening(List<HashSet<string>> left, List<HashSet<string>> right) =>
        InOrder([.. left.Take(OpeningSentences)], [.. right.Take(OpeningSentences)], LooseCounterpart, OverlapCoefficient) >= OpeningCounterparts;

    private static bool SameQuoteSequence(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b)
    {
        static List<HashSet<string>> Quotations(IReadOnlyList<IReadOnlyList<string>> quotes) =>
            [.. quotes.Where(q => q.Count >= MinQuoteTerms).Select(q => q.ToHashSet(StringComparer.Ordinal))];
        return InOrder(Quotations(a), Quotations(b), LooseCounterpart, OverlapCoefficient) >= MinQuoteChain;
    }

    /// <summary>
    /// The longest in-order chain of counterparts between two sequences (a longest common
    /// subsequence where "equal" means a similarity of at least <paramref name="threshold"/>).
    /// </summary>
    private static int InOrder(List<HashSet<string>> left, List<HashSet<string>> right, double threshold, Func<HashSet<string>, HashSet<string>, double> similarity)
    {
        var chain = new int[left.Count + 1, right.Count + 1];
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = 0; j < right.Count; j++)
            {
                var match = similarity(left[i], right[j]) >= threshold ? 1 : 0;
                chain[i + 1, j + 1] = Math.Max(Math.Max(chain[i, j + 1], chain[i + 1, j]), chain[i, j] + match);
            }
        }
        return chain[left.Count, right.Count];
    }

    private static List<HashSet<string>> Alignable(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        [.. sentences.Where(s => s.Count >= MinSentenceTerms).Select(s => s.ToHashSet(StringComparer.Ordinal))];

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

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
