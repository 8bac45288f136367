namespace Storyline.Stories;

/// <summary>The live state of one story: topic terms and actors summed over its events' articles.</summary>
internal sealed class StoryCluster
{
    public StoryCluster(string id)
        : this(id, new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, double>(StringComparer.Ordinal), 0, null, 0)
    {
    }

    private StoryCluster(string id, Dictionary<string, double> terms, Dictionary<string, double> actors, int eventCount, DateOnly? lastPublished, long lastArrival)
    {
        Id = id;
        Terms = terms;
        Actors = actors;
        EventCount = eventCount;
        LastPublished = lastPublished;
        LastArrival = lastArrival;
    }

    public string Id { get; }

    /// <summary>What the story is about, without its names: two events of one kind share these but not their people.</summary>
    public Dictionary<string, double> Terms { get; }

    public Dictionary<string, double> Actors { get; }

    public int EventCount { get; private set; }

    public DateOnly? LastPublished { get; private set; }

    public long LastArrival { get; private set; }

    public void Absorb(ArticleProfile article, IReadOnlyDictionary<string, double> topicTerms, bool opensEvent, TermStatistics statistics, int centroidTerms)
    {
        CentroidMath.AddInto(Terms, topicTerms, statistics, centroidTerms);
        // Figures are particulars of one event, not actors a story keeps across its events.
        CentroidMath.AddInto(Actors, article.Names.Where(n => n.Key.StartsWith(ArticleProfile.NameKeyPrefix, StringComparison.Ordinal)).ToDictionary(), statistics, centroidTerms);
        if (opensEvent)
            EventCount++;
        if (article.Published is { } date && (LastPublished is null || date > LastPublished))
            LastPublished = date;
        LastArrival = Math.Max(LastArrival, article.ArrivalOrder);
    }

    public StoryState ToState() => new(
        Id, new Dictionary<string, double>(Terms, StringComparer.Ordinal), new Dictionary<string, double>(Actors, StringComparer.Ordinal),
        EventCount, LastPublished, LastArrival);

    public static StoryCluster FromState(StoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new StoryCluster(
            state.Id, new Dictionary<string, double>(state.Terms, StringComparer.Ordinal), new Dictionary<string, double>(state.Actors, StringComparer.Ordinal),
            state.EventCount, state.LastPublished, state.LastArrival);
    }
}
