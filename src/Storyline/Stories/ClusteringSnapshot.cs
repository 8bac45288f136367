namespace Storyline.Stories;

/// <summary>
/// Everything a <see cref="StoryClusterer"/> knows, as plain serialisable data. A store saves it
/// after a run and hands it back to the next, which then extends the same events and stories
/// with the same ids as if the two runs had been one.
/// </summary>
public sealed record ClusteringSnapshot(
    int Version,
    TermStatisticsSnapshot Terms,
    DuplicateSnapshot Duplicates,
    EventSnapshot Events,
    StorySnapshot Stories)
{
    public const int CurrentVersion = 1;
}

public sealed record TermStatisticsSnapshot(int DocumentCount, IReadOnlyDictionary<string, int> DocumentFrequency);

/// <param name="ExactHashes">Hash of the normalised text → the first article with that text.</param>
/// <param name="Reports">Every article's MinHash signature and where it went.</param>
/// <param name="Buckets">LSH band key → the most recent articles with that band.</param>
/// <param name="Fingerprints">What re-translation checks compare, for articles still among their event's recent members.</param>
public sealed record DuplicateSnapshot(
    IReadOnlyDictionary<ulong, string> ExactHashes,
    IReadOnlyList<KnownReport> Reports,
    IReadOnlyDictionary<ulong, IReadOnlyList<string>> Buckets,
    IReadOnlyList<ReportFingerprint> Fingerprints);

/// <param name="OriginalId">The earliest article this one repeats, or its own id.</param>
/// <param name="EventId">The event the article went to; a copy goes to the same one.</param>
public sealed record KnownReport(string ArticleId, string OriginalId, string EventId, IReadOnlyList<uint> Signature);

/// <summary>The facts of a report that survive translation: names, quotes, figures, sentence contents, day and place.</summary>
public sealed record ReportFingerprint(
    string ArticleId,
    string OriginalId,
    IReadOnlyList<string> Names,
    IReadOnlyList<IReadOnlyList<string>> QuoteTerms,
    IReadOnlyList<double> Figures,
    IReadOnlyList<IReadOnlyList<string>> SentenceTerms,
    DateOnly? Published,
    string? Dateline);

/// <param name="Index">Term or name → ids of the events that most recently used it.</param>
public sealed record EventSnapshot(
    long NextNumber,
    IReadOnlyList<EventState> Events,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Index);

/// <summary>One event: its centroid (damped term mass summed over members), names, dates and its most recent members.</summary>
public sealed record EventState(
    string Id,
    string StoryId,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyDictionary<string, double> Names,
    int ArticleCount,
    DateOnly? LastPublished,
    long LastArrival,
    IReadOnlyList<MemberTerms> RecentMembers);

/// <summary>A recent member of an event with its own term bag, which the event is also compared against.</summary>
/// <param name="Protagonists">Terms of the names the member uses often; absent from snapshots written before they were kept.</param>
/// <param name="Emphasised">How many of the first <paramref name="Protagonists"/> the member makes much of; absent (all of them) from snapshots written before it was kept.</param>
public sealed record MemberTerms(string ArticleId, IReadOnlyDictionary<string, double> Terms, IReadOnlyList<string>? Protagonists = null, int? Emphasised = null);

public sealed record StorySnapshot(
    long NextNumber,
    IReadOnlyList<StoryState> Stories,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Index);

/// <summary>One story: the topic terms and actors of its events and when it was last active.</summary>
public sealed record StoryState(
    string Id,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyDictionary<string, double> Actors,
    int EventCount,
    DateOnly? LastPublished,
    long LastArrival);
