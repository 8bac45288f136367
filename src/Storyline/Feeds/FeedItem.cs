namespace Storyline.Feeds;

/// <summary>One item of an RSS or Atom feed: what the feed says about an article.</summary>
public sealed record FeedItem(string? Title, string? Link, DateTimeOffset? Published, string? Html);
