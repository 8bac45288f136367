namespace Storyline.Stories;

/// <summary>Term weighting and cosine similarity over sparse term bags.</summary>
internal static class WeightedTerms
{
    /// <summary>Sublinear term frequency: the tenth mention of a word adds less than the second.</summary>
    public static double Damped(double count) => count <= 0 ? 0 : 1.0 + Math.Log(count);

    /// <summary>Title and body merged into one bag of damped frequencies, the title counted <paramref name="titleWeight"/> times as much.</summary>
    /// <remarks>Keys are the <see cref="TermStatistics.Shared"/> copies: the bag may be kept as long as its event lives.</remarks>
    public static Dictionary<string, double> Mass(ArticleFeatures features, double titleWeight, TermStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(statistics);
        var mass = new Dictionary<string, double>(features.BodyTerms.Count + features.TitleTerms.Count, StringComparer.Ordinal);
        foreach (var (term, count) in features.BodyTerms)
            mass[statistics.Shared(term)] = Damped(count);
        foreach (var (term, count) in features.TitleTerms)
        {
            var key = statistics.Shared(term);
            mass[key] = mass.GetValueOrDefault(key) + (titleWeight * Damped(count));
        }
        return mass;
    }

    /// <summary>Cosine of two term bags after weighting every term by its current IDF.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b, TermStatistics statistics) =>
        Cosine(a, b, statistics, aNorm: null);

    /// <summary>As <see cref="Cosine(IReadOnlyDictionary{string, double}, IReadOnlyDictionary{string, double}, TermStatistics)"/>, with
    /// the <see cref="Norm"/> of <paramref name="a"/> under the same statistics already known: one article is compared with many bags.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b, TermStatistics statistics, double? aNorm)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(statistics);
        var dot = statistics.Dot(a, b);
        if (dot == 0)
            return 0;
        return dot / ((aNorm ?? statistics.Norm(a)) * statistics.Norm(b));
    }

    public static double Norm(IReadOnlyDictionary<string, double> bag, TermStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return statistics.Norm(bag);
    }

    /// <summary>The <paramref name="count"/> terms that weigh most once IDF is applied; these say what is distinctive.</summary>
    public static List<string> Top(IReadOnlyDictionary<string, double> bag, TermStatistics statistics, int count) =>
        bag.OrderByDescending(p => p.Value * statistics.Idf(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(p => p.Key).ToList();
}
