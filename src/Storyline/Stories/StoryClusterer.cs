namespace Storyline.Stories;

/// <summary>
/// Assigns articles, one at a time and in time order (publication date, else arrival), to a
/// duplicate original, an event and a story. All it learns is kept in memory and can be taken out
/// as a <see cref="ClusteringSnapshot"/> and put back, so a later run continues the same events
/// and stories with the same ids. What it keeps is bounded: every
/// <see cref="StoryClustererOptions.RetireEvery"/> articles it lets go of the events and stories that
/// have been idle past their window (and the reports of those events), so its memory, its snapshot
/// and its work per article stay the same however long the stream runs. Not thread-safe: one
/// clusterer serves one ordered stream.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>Texts shorter than a couple of shingles are too slight to call one a copy of another.</summary>
    private const int MinWordsForCopy = 2 * MinHasher.ShingleLength;

    private readonly StoryClustererOptions _options;
    private readonly TermStatistics _statistics;
    private readonly DuplicateDetector _duplicates;
    private readonly EventClusterer _events;
    private readonly StoryLinker _stories;
    private DateOnly? _latest;
    private long _lastArrival;
    private int _sinceRetiring;

    public StoryClusterer(StoryClustererOptions? options = null)
        : this(options ?? new StoryClustererOptions(), Empty)
    {
    }

    private StoryClusterer(StoryClustererOptions options, ClusteringSnapshot snapshot)
    {
        _options = options;
        _statistics = TermStatistics.FromSnapshot(snapshot.Terms);
        _duplicates = new DuplicateDetector(options, snapshot.Duplicates);
        _events = new EventClusterer(options, _statistics, snapshot.Events);
        _stories = new StoryLinker(options, _statistics, snapshot.Stories);
        _latest = snapshot.Events.Events.Select(e => e.LastPublished).Concat(snapshot.Stories.Stories.Select(s => s.LastPublished)).Max();
        _lastArrival = snapshot.Events.Events.Select(e => e.LastArrival).Concat(snapshot.Stories.Stories.Select(s => s.LastArrival)).DefaultIfEmpty(0).Max();
    }

    private static ClusteringSnapshot Empty => new(
        ClusteringSnapshot.CurrentVersion,
        new TermStatisticsSnapshot(0, new Dictionary<string, int>()),
        new DuplicateSnapshot(new Dictionary<ulong, string>(), [], new Dictionary<ulong, IReadOnlyList<string>>(), []),
        new EventSnapshot(0, [], new Dictionary<string, IReadOnlyList<string>>()),
        new StorySnapshot(0, [], new Dictionary<string, IReadOnlyList<string>>()));

    /// <summary>A clusterer that continues from what an earlier run saved.</summary>
    public static StoryClusterer Restore(ClusteringSnapshot snapshot, StoryClustererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Version != ClusteringSnapshot.CurrentVersion)
            throw new ArgumentException($"Snapshot version {snapshot.Version} is not {ClusteringSnapshot.CurrentVersion}.", nameof(snapshot));
        return new StoryClusterer(options ?? new StoryClustererOptions(), snapshot);
    }

    public ClusteringSnapshot ToSnapshot() => new(
        ClusteringSnapshot.CurrentVersion, _statistics.ToSnapshot(), _duplicates.ToSnapshot(), _events.ToSnapshot(), _stories.ToSnapshot());

    public ClusterAssignment Assign(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Published is { } published && (_latest is null || published > _latest))
            _latest = published;
        _lastArrival = Math.Max(_lastArrival, input.ArrivalOrder);
        if (++_sinceRetiring >= _options.RetireEvery)
            Retire();
        var features = FeatureReader.Read(input);
        var textHash = MinHasher.TextHash(features.Words);
        var signature = MinHasher.Signature(features.Words);
        var fingerprint = Fingerprint(input, features);

        if (features.Words.Count >= MinWordsForCopy && _duplicates.FindCopy(textHash, signature) is var (original, kind))
            return AssignCopy(input, original, kind, textHash, signature, fingerprint);

        _statistics.Observe(features.BodyTerms.Keys.Union(features.TitleTerms.Keys)
            .Concat(features.NameKeys.Select(n => ArticleProfile.NameKeyPrefix + n))
            .Concat(features.Figures.Select(ArticleProfile.FigureKey)));
        var profile = ArticleProfile.Build(input, features, _statistics, _options);

        string? duplicateOf = null;
        var (cluster, score) = _events.Nearest(profile);
        if (cluster is not null && score >= EventThreshold())
        {
            duplicateOf = _duplicates.FindRetranslation(fingerprint, cluster.RecentMembers.Select(m => m.ArticleId));
            _stories.Add(_stories.Get(cluster.StoryId), profile, opensEvent: false);
        }
        else
        {
            var story = cluster is not null && score >= _options.NearEventStoryThreshold ? _stories.Get(cluster.StoryId) : _stories.StoryFor(profile);
            cluster = _events.Open(story.Id);
            _stories.Add(story, profile, opensEvent: true);
        }

        if (_events.Add(cluster, profile, updateCentroid: true) is { } evicted)
            _duplicates.Forget(evicted);
        var originalId = duplicateOf ?? input.ArticleId;
        _duplicates.Remember(new KnownReport(input.ArticleId, originalId, cluster.Id, signature), textHash, fingerprint with { OriginalId = originalId });
        return new ClusterAssignment(
            input.ArticleId, cluster.Id, cluster.StoryId, duplicateOf, duplicateOf is null ? DuplicateKind.None : DuplicateKind.Retranslation);
    }

    /// <summary>
    /// A copy joins its original's event without moving the centroid or the term statistics:
    /// syndication should not make one wire story weigh more than the reports written for it.
    /// </summary>
    private ClusterAssignment AssignCopy(ClusterInput input, KnownReport original, DuplicateKind kind, ulong textHash, uint[] signature, ReportFingerprint fingerprint)
    {
        var cluster = _events.Get(original.EventId);
        var profile = new ArticleProfile(input.ArticleId, new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, double>(), [], 0, [], input.Published, input.ArrivalOrder);
        if (_events.Add(cluster, profile, updateCentroid: false) is { } evicted)
            _duplicates.Forget(evicted);
        _duplicates.Remember(
            new KnownReport(input.ArticleId, original.ArticleId, cluster.Id, signature), textHash, fingerprint with { OriginalId = original.ArticleId });
        return new ClusterAssignment(input.ArticleId, cluster.Id, cluster.StoryId, original.ArticleId, kind);
    }

    private void Retire()
    {
        _sinceRetiring = 0;
        var arrivedBefore = _lastArrival - _options.RetireAfterArticles;
        var retired = _events.Retire(_latest?.AddDays(-(_options.EventWindowDays + _options.RetireMarginDays)), arrivedBefore);
        _duplicates.ForgetEvents(retired);
        _stories.Retire(_latest?.AddDays(-(_options.StoryWindowDays + _options.RetireMarginDays)), arrivedBefore, _events.StoriesInUse());
        _statistics.Bound(_options.MaxVocabulary);
    }

    /// <summary>
    /// The join threshold, raised while the archive is young: with few articles seen, IDF cannot
    /// yet tell a story's everyday words from an event's particulars, so every cosine runs high.
    /// The margin halves once <see cref="StoryClustererOptions.ColdStartArticles"/> articles are in.
    /// </summary>
    private double EventThreshold()
    {
        var young = _options.ColdStartArticles / (_options.ColdStartArticles + (double)_statistics.DocumentCount);
        return _options.EventThreshold + (_options.ColdStartMargin * young);
    }

    /// <summary>Terms are the <see cref="TermStatistics.Shared"/> copies: a fingerprint is kept while its article is a recent member.</summary>
    private ReportFingerprint Fingerprint(ClusterInput input, ArticleFeatures features) => new(
        input.ArticleId,
        input.ArticleId,
        [.. features.NameKeys],
        [.. features.QuoteTerms.Select(q => (IReadOnlyList<string>)[.. q.Select(_statistics.Shared)])],
        [.. features.Figures],
        [.. features.SentenceTerms.Select(s => (IReadOnlyList<string>)[.. s.Select(_statistics.Shared)])],
        input.Published,
        input.Dateline);
}
