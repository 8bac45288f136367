namespace Storyline.Stories;

/// <summary>
/// What clustering needs to know about one article. The pipeline fills it from the cleaned and
/// analysed article; <see cref="EntityKeys"/>, <see cref="QuoteTexts"/> and <see cref="Figures"/>
/// may be empty, in which case the clusterer falls back on what it can read from the text itself.
/// </summary>
/// <param name="ArrivalOrder">Position of the article in the input stream; orders articles without a date.</param>
/// <param name="EntityKeys">Canonical entity keys (e.g. "Sergei Ryabkov"), one per distinct entity.</param>
/// <param name="QuoteTexts">The quoted words of each quote, without quotation marks.</param>
/// <param name="Figures">Numeric values the article states.</param>
/// <param name="PlaceKeys">The entity keys among <see cref="EntityKeys"/> that name places; none when types are unknown.</param>
public sealed record ClusterInput(
    string ArticleId,
    string? Title,
    string Text,
    DateOnly? Published,
    long ArrivalOrder,
    IReadOnlyList<string> EntityKeys,
    IReadOnlyList<string> QuoteTexts,
    IReadOnlyList<double> Figures,
    string? Dateline,
    IReadOnlyList<string>? PlaceKeys = null)
{
    /// <summary>An input with only a title and a body, as the earliest pipeline stages can give it.</summary>
    public static ClusterInput FromText(string articleId, string? title, string text, long arrivalOrder, DateOnly? published = null) =>
        new(articleId, title, text, published, arrivalOrder, [], [], [], null);
}
