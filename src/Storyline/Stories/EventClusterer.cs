namespace Storyline.Stories;

/// <summary>
/// Streaming event clustering: each article, taken in time order, joins the most similar recent
/// event or opens a new one. Candidates come from a <see cref="PostingIndex"/> over the article's
/// most distinctive terms and names, so the work per article does not grow with the archive.
/// </summary>
internal sealed class EventClusterer
{
    private readonly StoryClustererOptions _options;
    private readonly TermStatistics _statistics;
    private readonly Dictionary<string, EventCluster> _events;
    private readonly PostingIndex _index;
    private long _nextNumber;

    public EventClusterer(StoryClustererOptions options, TermStatistics statistics, EventSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _options = options;
        _statistics = statistics;
        _events = snapshot.Events.ToDictionary(e => e.Id, EventCluster.FromState, StringComparer.Ordinal);
        _index = new PostingIndex(options.PostingLimit, snapshot.Index);
        _nextNumber = snapshot.NextNumber;
    }

    /// <summary>The most similar existing event among the candidates, with its score; joining is the caller's call.</summary>
    public (EventCluster? Event, double Score) Nearest(ArticleProfile article)
    {
        ArgumentNullException.ThrowIfNull(article);
        EventCluster? best = null;
        var bestScore = 0.0;
        // The statistics stay put while one article is compared, so its norm is worked out once.
        var norm = WeightedTerms.Norm(article.Terms, _statistics);
        foreach (var id in _index.Candidates(article.IndexKeys, _options.MaxCandidates))
        {
            var candidate = _events[id];
            var score = Similarity(article, norm, candidate);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        return (best, bestScore);
    }

    public EventCluster Open(string storyId)
    {
        _nextNumber++;
        var cluster = new EventCluster($"evt-{_nextNumber:D6}", storyId);
        _events[cluster.Id] = cluster;
        return cluster;
    }

    public EventCluster Get(string eventId) => _events[eventId];

    /// <summary>Adds the article to the event; returns the member that fell out of the recent list, if one did.</summary>
    public string? Add(EventCluster cluster, ArticleProfile article, bool updateCentroid)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(article);
        if (updateCentroid)
        {
            cluster.Absorb(article, _statistics, _options.CentroidTerms);
            foreach (var key in article.IndexKeys)
                _index.Add(key, cluster.Id);
        }
        return cluster.AddMember(article, _options.RecentMembers);
    }

    /// <summary>
    /// Lets go of the events no article can join any more: dated events whose last report is older
    /// than <paramref name="datedBefore"/>, undated ones whose last article arrived before
    /// <paramref name="arrivedBefore"/>. Returns their ids, so what refers to them can go too.
    /// </summary>
    public IReadOnlySet<string> Retire(DateOnly? datedBefore, long arrivedBefore)
    {
        var retired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in _events.Values)
        {
            var idle = cluster.LastPublished is { } last ? datedBefore is { } limit && last < limit : cluster.LastArrival < arrivedBefore;
            if (idle)
                retired.Add(cluster.Id);
        }
        if (retired.Count == 0)
            return retired;
        foreach (var id in retired)
            _events.Remove(id);
        _index.Prune(_events.ContainsKey);
        return retired;
    }

    /// <summary>The stories the kept events belong to.</summary>
    public IReadOnlySet<string> StoriesInUse() => _events.Values.Select(e => e.StoryId).ToHashSet(StringComparer.Ordinal);

    public EventSnapshot ToSnapshot() =>
        new(_nextNumber, [.. _events.Values.Select(e => e.ToState())], _index.ToSnapshot());

    /// <summary>
    /// Term cosine against the centroid plus a share for common names. Articles far apart in
    /// publication date never match: one event is reported within days.
    /// </summary>
    private double Similarity(ArticleProfile article, double articleNorm, EventCluster cluster)
    {
        if (article.Published is { } date && cluster.LastPublished is { } last
            && Math.Abs(date.DayNumber - last.DayNumber) > _options.EventWindowDays)
            return 0;
        var centroid = WeightedTerms.Cosine(article.Terms, cluster.Terms, _statistics, articleNorm);
        var members = cluster.RecentMembers.Select(m => WeightedTerms.Cosine(article.Terms, m.Terms, _statistics, articleNorm))
            .OrderDescending().Take(_options.MemberLinks).DefaultIfEmpty(0).Average();
        var text = ((1 - _options.MemberWeight) * centroid) + (_options.MemberWeight * members);
        var names = article.Names.Count == 0 || cluster.Names.Count == 0 ? 0 : WeightedTerms.Cosine(article.Names, cluster.Names, _statistics);
        var score = text + (_options.NameWeight * names);
        return ConflictsWithMost(article, cluster) ? score * _options.ConflictDiscount : score;
    }

    /// <summary>Whether the article's protagonists conflict with those of most of the event's recent members.</summary>
    private static bool ConflictsWithMost(ArticleProfile article, EventCluster cluster) =>
        article.Protagonists.Count > 0
        && cluster.RecentMembers.Count(m => ProtagonistsConflict(article, m)) * 2 > cluster.RecentMembers.Count(m => m.Protagonists is { Count: > 0 });

    /// <summary>
    /// Whether two reports are about different particulars: the name each uses most is missing
    /// from the other, or each makes much of a name the other never mentions while they share no
    /// protagonist. Another ship foiling another pirate raid, the champion's other opponent: two
    /// happenings of one kind share nearly all their words, so their particulars keep them apart.
    /// </summary>
    private static bool ProtagonistsConflict(ArticleProfile article, MemberTerms member)
    {
        var mine = article.Protagonists;
        if (member.Protagonists is not { Count: > 0 } theirs)
            return false;
        if (!member.Terms.ContainsKey(mine[0]) && !article.Terms.ContainsKey(theirs[0]))
            return true;
        var theirsEmphasised = theirs.Take(member.Emphasised ?? theirs.Count);
        return !theirs.Any(mine.Contains)
            && mine.Take(article.Emphasised).Any(t => !member.Terms.ContainsKey(t))
            && theirsEmphasised.Any(t => !article.Terms.ContainsKey(t));
    }
}
