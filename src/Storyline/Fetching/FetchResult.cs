namespace Storyline.Fetching;

/// <summary>A response fetched from <see cref="Url"/> (the last one after redirects); a 304 Not
/// Modified has an empty body.</summary>
public sealed record FetchResult(Uri Url, int Status, byte[] Body, string? ContentType, string? ETag, string? LastModified)
{
    public bool NotModified => Status == 304;
}

/// <summary>A fetch that failed or was refused; the message is one line naming the URL.</summary>
public sealed class FetchException : Exception
{
    public FetchException()
    {
    }

    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
