namespace Storyline.Stories;

/// <summary>
/// Links events into stories over a longer window than events: a new event joins the story whose
/// topic terms and actors it shares most, found through a <see cref="PostingIndex"/> like events are.
/// </summary>
internal sealed class StoryLinker
{
    private readonly StoryClustererOptions _options;
    private readonly TermStatistics _statistics;
    private readonly Dictionary<string, StoryCluster> _stories;
    private readonly PostingIndex _index;
    private long _nextNumber;

    public StoryLinker(StoryClustererOptions options, TermStatistics statistics, StorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _options = options;
        _statistics = statistics;
        _stories = snapshot.Stories.ToDictionary(s => s.Id, StoryCluster.FromState, StringComparer.Ordinal);
        _index = new PostingIndex(options.PostingLimit, snapshot.Index);
        _nextNumber = snapshot.NextNumber;
    }

    /// <summary>The story a new event opened by <paramref name="article"/> belongs to; a new one when none is close enough.</summary>
    public StoryCluster StoryFor(ArticleProfile article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var topic = TopicTerms(article);
        var kind = KindTerms(article);
        StoryCluster? best = null;
        var bestScore = _options.StoryThreshold;
        foreach (var id in _index.Candidates(article.IndexKeys, _options.MaxCandidates))
        {
            var candidate = _stories[id];
            var score = Similarity(article, topic, kind, candidate);
            if (score >= bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        if (best is not null)
            return best;
        _nextNumber++;
        var opened = new StoryCluster($"sty-{_nextNumber:D6}");
        _stories[opened.Id] = opened;
        return opened;
    }

    public StoryCluster Get(string storyId) => _stories[storyId];

    public void Add(StoryCluster story, ArticleProfile article, bool opensEvent)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(article);
        story.Absorb(article, TopicTerms(article), opensEvent, _statistics, _options.CentroidTerms);
        foreach (var key in article.IndexKeys)
            _index.Add(key, story.Id);
    }

    /// <summary>Lets go of idle stories, as <see cref="EventClusterer.Retire"/> does events, except those a kept event belongs to.</summary>
    public void Retire(DateOnly? datedBefore, long arrivedBefore, IReadOnlySet<string> inUse)
    {
        var retired = _stories.Values
            .Where(s => !inUse.Contains(s.Id)
                && (s.LastPublished is { } last ? datedBefore is { } limit && last < limit : s.LastArrival < arrivedBefore))
            .Select(s => s.Id)
            .ToList();
        if (retired.Count == 0)
            return;
        foreach (var id in retired)
            _stories.Remove(id);
        _index.Prune(_stories.ContainsKey);
    }

    public StorySnapshot ToSnapshot() =>
        new(_nextNumber, [.. _stories.Values.Select(s => s.ToState())], _index.ToSnapshot());

    private double Similarity(ArticleProfile article, IReadOnlyDictionary<string, double> topic, Dictionary<string, double> kind, StoryCluster story)
    {
        if (article.Published is { } date && story.LastPublished is { } last
            && Math.Abs(date.DayNumber - last.DayNumber) > _options.StoryWindowDays)
            return 0;
        var topical = WeightedTerms.Cosine(topic, story.Terms, _statistics);
        var actors = article.Names.Count == 0 || story.Actors.Count == 0 ? 0 : WeightedTerms.Cosine(article.Names, story.Actors, _statistics);
        var ofKind = kind.Count == 0 ? 0 : WeightedTerms.Cosine(kind, story.Terms, _statistics);
        return topical + (_options.ActorWeight * actors) + (_options.KindWeight * ofKind);
    }

    /// <summary>
    /// The title's terms without its names: what kind of happening opened the event. In a body the
    /// kind ("escaped", "died") is a few words among many particulars; a headline is mostly the kind.
    /// </summary>
    private static Dictionary<string, double> KindTerms(ArticleProfile article) =>
        article.TitleTerms.Where(p => !article.Names.ContainsKey(ArticleProfile.NameKeyPrefix + p.Key))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The article's terms without the words that are its names.</summary>
    private static Dictionary<string, double> TopicTerms(ArticleProfile article) =>
        article.Terms.Where(p => !article.Names.ContainsKey(ArticleProfile.NameKeyPrefix + p.Key))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
