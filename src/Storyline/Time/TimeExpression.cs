using Storyline.Documents;

namespace Storyline.Time;

/// <summary>The TimeML type of a time expression.</summary>
public enum TimeType
{
    /// <summary>A calendar day, week, month, year or decade: "December 4, 2021", "last week".</summary>
    Date,

    /// <summary>A part of a day: "tonight", "Friday morning".</summary>
    Time,

    /// <summary>A length of time: "two weeks", "the past few weeks".</summary>
    Duration,

    /// <summary>A recurrence: "every week", "annually".</summary>
    Set,
}

/// <summary>
/// A time expression found in an article and resolved against its publication date.
/// <see cref="Value"/> is a TimeML value ("2021-12-03", "2021-W49", "2022-01", "2014", "P2W",
/// "PRESENT_REF"), null when it depends on a publication date the article lacks.
/// <see cref="Mod"/> is the TimeML modifier of a part of a period ("START", "MID", "END" for
/// "early", "mid", "late January"), null otherwise.
/// </summary>
public sealed record TimeExpression(string Text, TimeType Type, string? Value, string? Mod, TextSpan Span);
