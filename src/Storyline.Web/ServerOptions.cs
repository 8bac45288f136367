namespace Storyline.Web;

/// <summary>What the operator configures: the store, the API key that allows writes (none: read-only) and the
/// largest request body accepted.</summary>
public sealed record ServerOptions(string Database, string? ApiKey, long MaxRequestBytes)
{
    public const string Section = "Storyline";

    public const string ApiKeyHeader = "X-Api-Key";

    public const long DefaultMaxRequestBytes = 4 * 1024 * 1024;

    public bool Writable => !string.IsNullOrEmpty(ApiKey);
}
