namespace Storyline.Stories;

/// <summary>
/// Settings of <see cref="StoryClusterer"/>. The thresholds were chosen on the ECB+ dev set
/// (413 articles, 36 events in 18 topics, each topic two events of the same kind); each comment
/// says why the value sits where it does.
/// </summary>
public sealed record StoryClustererOptions
{
    /// <summary>A title word counts this many times a body word: headlines name the event.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>Lowest combined similarity at which an article joins an existing event.</summary>
    public double EventThreshold { get; init; } = 0.30;

    /// <summary>Weight of shared names next to the term cosine.</summary>
    public double NameWeight { get; init; } = 0.3;

    /// <summary>Share of the event score that comes from the closest recent members rather than the centroid.</summary>
    public double MemberWeight { get; init; } = 0.5;

    /// <summary>How many of the closest recent members are averaged.</summary>
    public int MemberLinks { get; init; } = 2;

    /// <summary>Events further apart than this in publication date are not the same event.</summary>
    public int EventWindowDays { get; init; } = 7;

    /// <summary>Lowest similarity at which a new event joins an existing story.</summary>
    public double StoryThreshold { get; init; } = 0.15;

    /// <summary>Weight of shared actors next to the topic-term cosine when linking an event to a story.</summary>
    public double ActorWeight { get; init; } = 0.5;

    /// <summary>Stories idle for longer than this (in publication days) take no new events.</summary>
    public int StoryWindowDays { get; init; } = 120;

    /// <summary>Estimated shingle Jaccard at which an article is a near copy of an earlier one.</summary>
    public double NearCopyJaccard { get; init; } = 0.5;

    /// <summary>Distinctive terms of an article used to look up candidate events and stories.</summary>
    public int QueryTerms { get; init; } = 20;

    /// <summary>Events (or stories) kept per index entry; older ones drop off, which bounds candidates.</summary>
    public int PostingLimit { get; init; } = 48;

    /// <summary>Terms kept in an event or story centroid; the lightest are dropped beyond this.</summary>
    public int CentroidTerms { get; init; } = 400;

    /// <summary>Recent members of an event kept for re-translation checks.</summary>
    public int RecentMembers { get; init; } = 16;

    /// <summary>Article ids kept per LSH bucket.</summary>
    public int BucketLimit { get; init; } = 32;
}
