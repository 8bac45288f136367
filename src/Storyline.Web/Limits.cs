namespace Storyline.Web;

/// <summary>Bounds on what one request may ask for, so no request can make the server read the whole archive.</summary>
internal static class Limits
{
    public const int MaxQueryLength = 500;

    public const int PageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>A story's dossier is built from at most this many of its newest articles.</summary>
    public const int DossierArticles = 500;

    /// <summary>A person's or organisation's page reads at most this many of the newest articles naming them.</summary>
    public const int EntityArticles = 200;

    public static int PageSizeOf(int? requested) => Math.Clamp(requested ?? PageSize, 1, MaxPageSize);

    public static int OffsetOf(int? requested) => Math.Max(0, requested ?? 0);
}
