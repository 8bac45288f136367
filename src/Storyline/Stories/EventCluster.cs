namespace Storyline.Stories;

/// <summary>The live state of one event: a centroid of damped term mass, name counts, dates and recent members.</summary>
internal sealed class EventCluster
{
    private readonly List<MemberTerms> _recentMembers;

    public EventCluster(string id, string storyId)
        : this(id, storyId, new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, double>(StringComparer.Ordinal), 0, null, 0, [])
    {
    }

    private EventCluster(
        string id,
        string storyId,
        Dictionary<string, double> terms,
        Dictionary<string, double> names,
        int articleCount,
        DateOnly? lastPublished,
        long lastArrival,
        List<MemberTerms> recentMembers)
    {
        Id = id;
        StoryId = storyId;
        Terms = terms;
        Names = names;
        ArticleCount = articleCount;
        LastPublished = lastPublished;
        LastArrival = lastArrival;
        _recentMembers = recentMembers;
    }

    public string Id { get; }

    public string StoryId { get; }

    public Dictionary<string, double> Terms { get; }

    public Dictionary<string, double> Names { get; }

    public int ArticleCount { get; private set; }

    public DateOnly? LastPublished { get; private set; }

    public long LastArrival { get; private set; }

    public IReadOnlyList<MemberTerms> RecentMembers => _recentMembers;

    public void Absorb(ArticleProfile article, TermStatistics statistics, int centroidTerms)
    {
        CentroidMath.AddInto(Terms, article.Terms, statistics, centroidTerms);
        CentroidMath.AddInto(Names, article.Names, statistics, centroidTerms);
    }

    public string? AddMember(ArticleProfile article, int recentLimit)
    {
        ArticleCount++;
        if (article.Published is { } date && (LastPublished is null || date > LastPublished))
            LastPublished = date;
        LastArrival = Math.Max(LastArrival, article.ArrivalOrder);
        _recentMembers.Add(new MemberTerms(article.ArticleId, article.Terms, article.Protagonists, article.Emphasised));
        if (_recentMembers.Count <= recentLimit)
            return null;
        var evicted = _recentMembers[0].ArticleId;
        _recentMembers.RemoveAt(0);
        return evicted;
    }

    public EventState ToState() => new(
        Id, StoryId, new Dictionary<string, double>(Terms, StringComparer.Ordinal), new Dictionary<string, double>(Names, StringComparer.Ordinal),
        ArticleCount, LastPublished, LastArrival, [.. _recentMembers]);

    public static EventCluster FromState(EventState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new EventCluster(
            state.Id, state.StoryId,
            new Dictionary<string, double>(state.Terms, StringComparer.Ordinal), new Dictionary<string, double>(state.Names, StringComparer.Ordinal),
            state.ArticleCount, state.LastPublished, state.LastArrival,
            [.. state.RecentMembers.Select(m => m with { Terms = new Dictionary<string, double>(m.Terms, StringComparer.Ordinal) })]);
    }
}
