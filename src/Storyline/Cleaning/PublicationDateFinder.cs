namespace Storyline.Cleaning;

/// <summary>
/// Decides the publication date from the places that state it: a date line directly under the headline
/// (a byline may stand between), else the month and day of the dateline with a year known from elsewhere,
/// else the date the source gave. A date above the headline is the page header's, a date after the
/// body is a footer's, and "3 hours ago" is a widget's: none of them is the publication date.
/// </summary>
internal static class PublicationDateFinder
{
    /// <summary>How many lines under the headline may hold the date (a byline, a credit line, the date).</summary>
    private const int MetadataLines = 3;

    public static DateOnly? Find(IReadOnlyList<SourceLine> lines, int? titleIndex, DatelineCredit? credit, DateOnly? knownDate)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return UnderTitle(lines, titleIndex) ?? FromDateline(lines, credit, knownDate) ?? knownDate;
    }

    private static DateOnly? UnderTitle(IReadOnlyList<SourceLine> lines, int? titleIndex)
    {
        if (titleIndex is not { } title)
        {
            return null;
        }

        for (var i = title + 1; i < Math.Min(lines.Count, title + 1 + MetadataLines); i++)
        {
            if (CalendarDateParser.TryParse(lines[i].Text, out var date))
            {
                return date;
            }

            if (!Byline.IsByline(lines[i].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A dateline gives month and day; the year comes from the source's date or any full date on
    /// the page, taking the latest such day that is not after it (pages are dated when scraped).</summary>
    private static DateOnly? FromDateline(IReadOnlyList<SourceLine> lines, DatelineCredit? credit, DateOnly? knownDate)
    {
        if (credit is not { Month: { } month, Day: { } day })
        {
            return null;
        }

        var reference = knownDate ?? AnyFullDate(lines);
        if (reference is not { } anchor)
        {
            return null;
        }

        for (var year = anchor.Year; year >= anchor.Year - 1; year--)
        {
            if (CalendarDateParser.TryCreate(year, month, day, out var date) && date <= anchor)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? AnyFullDate(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (CalendarDateParser.TryParse(line.Text, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
