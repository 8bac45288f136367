namespace Storyline.Watching;

/// <summary>The validators a server gave for a feed, sent back to ask whether it changed.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);

/// <summary>What watching remembers between polls and restarts: each feed's validators and every
/// article URL already fetched.</summary>
public interface IWatchState
{
    FeedValidators? ValidatorsOf(string feedUrl);

    void SaveValidators(string feedUrl, FeedValidators validators);

    bool WasFetched(string articleUrl);

    void MarkFetched(string articleUrl);
}
