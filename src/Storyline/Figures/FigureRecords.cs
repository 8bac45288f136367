using Storyline.Export;

namespace Storyline.Figures;

/// <summary>Writes figures in the exchange format.</summary>
public static class FigureRecords
{
    /// <summary>The exchange record of a figure. A range gives its lower bound as the value, the
    /// reading that a reader can rely on ("10,000 to 15,000" is at least 10,000).</summary>
    public static NumberRecord ToNumberRecord(this Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new NumberRecord(figure.Text, figure.Value, figure.Unit, QualifierName(figure.Qualifier));
    }

    public static string QualifierName(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.About => "about",
        FigureQualifier.Over => "over",
        FigureQualifier.Under => "under",
        FigureQualifier.Estimate => "estimate",
        FigureQualifier.Vague => "vague",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };
}
