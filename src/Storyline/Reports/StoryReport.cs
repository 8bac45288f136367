using System.Globalization;
using Storyline.Dossiers;
using Storyline.Export;

namespace Storyline.Reports;

/// <summary>
/// A story's dossier laid out for a reader, the one input of every report format: the summary, timeline,
/// figures and positions of <see cref="Dossier"/>, its quotations grouped by speaker, its coverage turned
/// round to each outlet, and the articles everything cites, each with what a citation shows (outlets,
/// date, the article's address when it came from the web). Items cite articles by id; <see cref="Sources"/>
/// holds each of them once.
/// </summary>
public sealed record StoryReport(
    string Story,
    string Title,
    IReadOnlyList<ReportSource> Sources,
    IReadOnlyList<SummarySentenceRecord> Summary,
    IReadOnlyList<TimelineEntryRecord> Timeline,
    IReadOnlyList<ReportClaim> Claims,
    IReadOnlyList<PositionRecord> Positions,
    IReadOnlyList<ReportSpeaker> Quotes,
    IReadOnlyList<ReportOutlet> Coverage,
    IReadOnlyList<CoveredItemRecord> FiguresCovered,
    IReadOnlyList<CoveredItemRecord> SingleSourceQuotes,
    IReadOnlyList<CoveredItemRecord> SingleSourceFigures)
{
    /// <summary>The report of a story from its articles and the dossier built from them; positions run by actor, then issue.</summary>
    public static StoryReport From(string story, string title, IReadOnlyList<ArticleRecord> articles, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(dossier);
        var coverage = dossier.Coverage;
        return new StoryReport(
            story,
            title,
            [.. articles
                .OrderBy(a => a.Published is null).ThenBy(a => a.Published, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(ReportSource.Of)],
            dossier.Summary,
            dossier.Timeline,
            [.. dossier.Claims.Select(ReportClaim.Of)],
            [.. dossier.Positions.OrderBy(p => p.Actor, StringComparer.Ordinal).ThenBy(p => p.Issue, StringComparer.Ordinal)],
            [.. coverage.Quotes
                .GroupBy(q => q.Speaker, StringComparer.Ordinal)
                .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReportSpeaker(g.Key, [.. g]))],
            ReportOutlet.Tally(coverage),
            coverage.Figures,
            [.. coverage.Quotes.Where(q => q.SingleSource)],
            [.. coverage.Figures.Where(f => f.SingleSource)]);
    }

    /// <summary>The article <paramref name="article"/> names, or null when the report does not hold it.</summary>
    public ReportSource? Source(string article) => Sources.FirstOrDefault(s => s.Article == article);

    /// <summary>The first and last publication dates of the story's articles, null when none is dated.</summary>
    public (string? First, string? Last) Dates()
    {
        var dates = Sources.Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return (dates.FirstOrDefault(), dates.LastOrDefault());
    }

    /// <summary>Who carries a quotation or figure: its outlets, or its articles when none of them names an outlet.</summary>
    public static string CarriedBy(CoveredItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Outlets.Count > 0 ? string.Join(", ", item.Outlets) : string.Join(", ", item.Articles.Distinct(StringComparer.Ordinal));
    }

    /// <summary>Every outlet that carries an article of the story, in alphabetical order.</summary>
    public IReadOnlyList<string> Outlets() =>
        [.. Sources.SelectMany(s => s.Outlets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>An article as a citation shows it; <see cref="Url"/> only when the article has a web address.</summary>
public sealed record ReportSource(string Article, string? Title, IReadOnlyList<string> Outlets, string? Published, string? Url)
{
    public static ReportSource Of(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The page's own address when it named one, else where it was read from when that was the web.
        var url = Uri.TryCreate(article.Url ?? article.Origin, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address.AbsoluteUri
            : null;
        return new ReportSource(article.Id, article.Title, article.Outlets, article.Published, url);
    }

    /// <summary>What a citation reads: the outlets and the date, or the article's id when it names no outlet.</summary>
    public string Label()
    {
        var who = Outlets.Count > 0 ? string.Join(", ", Outlets) : Article;
        return Published is null ? who : who + ", " + Published;
    }
}

/// <summary>The figures a story's sources give for one thing, set side by side; <see cref="Disagree"/> when
/// independent sources differ beyond rounding.</summary>
public sealed record ReportClaim(string Subject, bool Disagree, IReadOnlyList<ReportFigure> Values)
{
    public static ReportClaim Of(ClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ReportClaim(claim.Subject, claim.Disagree, [.. claim.Values.Select(ReportFigure.Of)]);
    }
}

/// <summary>One value of a claim as written for a reader ("94,300", "tens of thousands"), its number when it
/// has one, how it is qualified, how many independent reports give it, and the articles and sentences that do.</summary>
public sealed record ReportFigure(
    string Value,
    double? Number,
    string Qualifier,
    int Sources,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sentences)
{
    public static ReportFigure Of(ClaimValueRecord value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var number = value.Value as double?;
        var written = number is { } n
            ? n.ToString(n == Math.Floor(n) && Math.Abs(n) < 1e15 ? "N0" : "#,0.###", CultureInfo.InvariantCulture)
            : Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "";
        return new ReportFigure(written, number, value.Qualifier, value.Sources, value.Articles, value.Sentences ?? []);
    }
}

/// <summary>The quotations of one speaker (null: quotations no speaker could be found for).</summary>
public sealed record ReportSpeaker(string? Speaker, IReadOnlyList<CoveredItemRecord> Quotes);

/// <summary>What one outlet carries of a story: the quotations and figures, and how many of them no other
/// independent report gives.</summary>
public sealed record ReportOutlet(string Outlet, IReadOnlyList<string> Quotes, IReadOnlyList<string> Figures, int SingleSource)
{
    public static IReadOnlyList<ReportOutlet> Tally(CoverageRecord coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var items = coverage.Quotes.Select(q => (Quote: true, Item: q)).Concat(coverage.Figures.Select(f => (Quote: false, Item: f)));
        return [.. items
            .SelectMany(x => x.Item.Outlets.Select(outlet => (Outlet: outlet, x.Quote, x.Item)))
            .GroupBy(x => x.Outlet, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportOutlet(
                g.Key,
                [.. g.Where(x => x.Quote).Select(x => x.Item.Text)],
                [.. g.Where(x => !x.Quote).Select(x => x.Item.Text)],
                g.Count(x => x.Item.SingleSource)))];
    }
}
