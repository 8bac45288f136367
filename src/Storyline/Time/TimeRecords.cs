using Storyline.Export;

namespace Storyline.Time;

/// <summary>Writes time expressions in the exchange format.</summary>
public static class TimeRecords
{
    public static TimeRecord ToTimeRecord(this TimeExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new TimeRecord(expression.Text, TypeName(expression.Type), expression.Value);
    }

    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        TimeType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
