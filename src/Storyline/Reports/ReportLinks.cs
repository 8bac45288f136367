namespace Storyline.Reports;

/// <summary>
/// Where a report's citations, quotations and names lead. A report on its own links a citation to the
/// article's web address when it has one and nothing else; a site that serves the articles, quotations and
/// people links to its own pages instead. Null means no link.
/// </summary>
public class ReportLinks
{
    /// <summary>The links of a report read on its own.</summary>
    public static ReportLinks Standalone { get; } = new();

    public virtual string? Article(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Url;
    }

    public virtual string? Quote(string article, string text) => null;

    public virtual string? Entity(string name) => null;
}
