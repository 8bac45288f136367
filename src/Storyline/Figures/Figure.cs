using Storyline.Documents;

namespace Storyline.Figures;

/// <summary>How exactly a text states a figure.</summary>
public enum FigureQualifier
{
    /// <summary>"94,300 troops".</summary>
    Exact,

    /// <summary>"about", "around", "nearly", "some", "roughly" 100,000.</summary>
    About,

    /// <summary>"more than", "over", "at least" 14,000.</summary>
    Over,

    /// <summary>"fewer than", "under", "less than", "up to" 5,000.</summary>
    Under,

    /// <summary>"the estimated 100,000", "was estimated to be 94,300".</summary>
    Estimate,

    /// <summary>"tens of thousands", "dozens of": an order of magnitude, no number.</summary>
    Vague,
}

/// <summary>What a figure measures.</summary>
public enum FigureKind
{
    /// <summary>A count of things, people or an unstated quantity.</summary>
    Count,

    /// <summary>An amount of money; the unit is the ISO 4217 code of its currency.</summary>
    Money,

    /// <summary>A percentage; the unit is "percent".</summary>
    Percent,
}

/// <summary>
/// A number stated in an article with what it counts. <see cref="Text"/> is the figure as written,
/// qualifier words included ("over 14,000", "tens of thousands", "$5 billion"), and
/// <see cref="Span"/> locates it; the counted noun is <see cref="Unit"/> (a lowercase head noun,
/// "troops" for "Russian troops") at <see cref="UnitSpan"/>. <see cref="Value"/> is null for a
/// vague figure; a range ("10,000 to 15,000") has its lower bound in <see cref="Value"/> and its
/// upper bound in <see cref="UpperValue"/>.
/// </summary>
public sealed record Figure(
    string Text,
    double? Value,
    double? UpperValue,
    string? Unit,
    FigureQualifier Qualifier,
    FigureKind Kind,
    TextSpan Span,
    TextSpan? UnitSpan,
    TextSpan Sentence);
