using System.Globalization;

namespace Storyline.Stories;

/// <summary>An article as the clusterers see it: weighted terms, names, and the index keys it is looked up by.</summary>
/// <param name="TitleTerms">The title's terms alone, damped: a headline names the kind of happening (a quake, a death, an escape).</param>
/// <param name="Protagonists">Terms of the names the article uses often (<see cref="ArticleFeatures.Protagonists"/>).</param>
/// <param name="Emphasised">How many of the first <paramref name="Protagonists"/> it makes much of (<see cref="ArticleFeatures.Emphasised"/>).</param>
internal sealed record ArticleProfile(
    string ArticleId,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyDictionary<string, double> TitleTerms,
    IReadOnlyDictionary<string, double> Names,
    IReadOnlyList<string> Protagonists,
    int Emphasised,
    IReadOnlyList<string> IndexKeys,
    DateOnly? Published,
    long ArrivalOrder)
{
    /// <summary>Index keys of names are kept apart from those of terms: "Paris" the place and "paris" the word differ.</summary>
    public const string TermKeyPrefix = "t:";

    public const string NameKeyPrefix = "n:";

    /// <summary>
    /// Figures sit with the names as particulars of one happening: 26 pirates caught, a 5.9
    /// quake, a 36-year-old champion. Two events of one kind share their vocabulary but rarely
    /// their figures; on ECB+ dev events F1 rose from 0.838 to 0.861 with them.
    /// </summary>
    public static string FigureKey(double figure) => "f:" + figure.ToString(CultureInfo.InvariantCulture);

    /// <summary>Names looked up per article; beyond this they are minor mentions.</summary>
    private const int QueryNames = 10;

    public static ArticleProfile Build(ClusterInput input, ArticleFeatures features, TermStatistics statistics, StoryClustererOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var terms = WeightedTerms.Mass(features, options.TitleWeight, statistics);
        var names = features.NameKeys.ToDictionary(n => statistics.Shared(NameKeyPrefix + n), _ => 1.0, StringComparer.Ordinal);
        foreach (var figure in features.Figures)
            names[statistics.Shared(FigureKey(figure))] = 1.0;
        var keys = WeightedTerms.Top(terms, statistics, options.QueryTerms).Select(t => TermKeyPrefix + t)
            .Concat(WeightedTerms.Top(names, statistics, QueryNames))
            .ToList();
        var title = features.TitleTerms.ToDictionary(p => p.Key, p => WeightedTerms.Damped(p.Value), StringComparer.Ordinal);
        return new ArticleProfile(input.ArticleId, terms, title, names, features.Protagonists, features.Emphasised, keys, input.Published, input.ArrivalOrder);
    }
}
