namespace Storyline.Dossiers;

/// <summary>
/// Whether two sources' figures for the same thing agree. The rule: two figures agree when they
/// differ by no more than the looser one's tolerance, relative to the larger — 0.5% for a figure
/// stated exactly or as an estimate (rounding in the writing: "1.2 million" and "1,203,000"), 5% for
/// an approximate one ("about 100,000" agrees with 97,000 but not with 94,300). A bound ("over 14,000")
/// agrees with a figure on its side of the bound and within the approximate tolerance of it, so "over
/// 14,000" agrees with 14,500 but not with 15,000 or 13,000. A vague figure ("tens of thousands") gives
/// only an order of magnitude and disagrees with nothing.
/// </summary>
internal static class FigureAgreement
{
    private const double WrittenRounding = 0.005;
    private const double Approximation = 0.05;

    public static bool Agree(double first, string firstQualifier, double second, string secondQualifier)
    {
        if (firstQualifier == "vague" || secondQualifier == "vague")
        {
            return true;
        }

        if (!Holds(first, firstQualifier, second) || !Holds(second, secondQualifier, first))
        {
            return false;
        }

        var tolerance = Math.Max(Tolerance(firstQualifier), Tolerance(secondQualifier));
        var larger = Math.Max(Math.Abs(first), Math.Abs(second));
        return larger == 0 || Math.Abs(first - second) / larger <= tolerance + 1e-9;
    }

    /// <summary>Whether <paramref name="other"/> lies on the side of a bound that <paramref name="qualifier"/> states,
    /// allowing for rounding.</summary>
    private static bool Holds(double bound, string qualifier, double other) => qualifier switch
    {
        "over" => other >= bound * (1 - WrittenRounding),
        "under" => other <= bound * (1 + WrittenRounding),
        _ => true,
    };

    private static double Tolerance(string qualifier) => qualifier switch
    {
        "exact" or "estimate" => WrittenRounding,
        _ => Approximation,
    };
}
