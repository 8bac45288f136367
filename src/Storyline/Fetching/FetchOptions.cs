namespace Storyline.Fetching;

/// <summary>How politely and how far the fetcher may go.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "Storyline/1.0 (news analysis; feed watcher; respects robots.txt)";

    /// <summary>Whether private, loopback and link-local addresses may be reached (tests, intranets).</summary>
    public bool AllowPrivate { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>10 MB: far above any article page or feed.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between two requests to one host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; init; } = DefaultUserAgent;
}
