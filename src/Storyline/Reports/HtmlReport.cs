namespace Storyline.Reports;

/// <summary>
/// A story report as HTML. <see cref="Page"/> is a page that stands alone — its style inline, no script, no
/// image, nothing fetched — and fits a phone's width; <see cref="Sections"/> is the dossier's sections alone,
/// for a site that wraps them in its own layout and stylesheet. Every text is encoded by <see cref="Fragment"/>.
/// Each section is a <c>section</c> with an id and a labelled heading: summary, timeline, figures, positions,
/// quotes, coverage.
/// </summary>
public static class HtmlReport
{
    /// <summary>Headings of the dossier's sections, by section id, in the order they appear.</summary>
    public static readonly IReadOnlyList<(string Id, string Heading)> SectionHeadings =
    [
        ("summary", "Summary"),
        ("timeline", "Timeline"),
        ("figures", "Figures and disagreements"),
        ("positions", "Positions"),
        ("quotes", "Quotes by speaker"),
        ("coverage", "Coverage by outlet"),
    ];

    /// <summary>Narrow screens first: one column of readable width, wide tables scroll inside their box.</summary>
    private const string Style = """
        :root { color-scheme: light dark; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 52rem; padding: .5rem 1rem 3rem; font: 1rem/1.55 system-ui, sans-serif; overflow-wrap: break-word; }
        h1 { font-size: 1.5rem; line-height: 1.25; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #8884; }
        h3 { font-size: 1.05rem; margin-bottom: .3rem; }
        .meta, .cite { color: #666; font-size: .875rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9375rem; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid #8884; }
        .disagree { color: #b3261e; }
        ol.timeline { list-style: none; padding-left: 0; }
        .timeline time { font-weight: 600; margin-right: .35rem; }
        li { margin-bottom: .45rem; }
        @media (min-width: 40rem) { body { font-size: 1.0625rem; } h1 { font-size: 1.875rem; } }
        """;

    private static readonly HtmlContent None = Fragment.Of($"<p>None found.</p>");

    /// <summary>A whole page: the title, what the story is made of, the dossier's sections and the sources cited.</summary>
    public static string Page(StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var links = ReportLinks.Standalone;
        return Fragment.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{report.Title} · Storyline</title>
            <style>{new HtmlContent(Style)}</style>
            </head>
            <body>
            <main>
            <h1>{report.Title}</h1>
            <p class="meta">{Facts(report)}</p>
            {Sections(report, links)}
            {Section("sources", "Sources", Fragment.Of($"<ol>{Fragment.Join(report.Sources, s => SourceItem(s, links))}</ol>"))}
            </main>
            </body>
            </html>
            """).Value;
    }

    /// <summary>The dossier's sections, with links as <paramref name="links"/> gives them.</summary>
    public static HtmlContent Sections(StoryReport report, ReportLinks links)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(links);
        var bodies = new Dictionary<string, HtmlContent>(StringComparer.Ordinal)
        {
            ["summary"] = Summary(report, links),
            ["timeline"] = Timeline(report, links),
            ["figures"] = Claims(report, links),
            ["positions"] = Positions(report, links),
            ["quotes"] = Quotes(report, links),
            ["coverage"] = Coverage(report),
        };
        return Fragment.Join(SectionHeadings, s => Section(s.Id, s.Heading, bodies[s.Id]));
    }

    private static string Facts(StoryReport report)
    {
        var (first, last) = report.Dates();
        var dates = first is null ? "undated" : first == last ? first : first + " – " + last;
        var articles = report.Sources.Count == 1 ? "1 article" : $"{report.Sources.Count:N0} articles";
        return string.Join(" · ", [articles, dates, string.Join(", ", report.Outlets())]);
    }

    private static HtmlContent Section(string id, string heading, HtmlContent body) =>
        Fragment.Of($"\n<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{heading}</h2>\n{body}</section>");

    private static HtmlContent Summary(StoryReport report, ReportLinks links) =>
        report.Summary.Count == 0
            ? None
            : Fragment.Of($"<ol>{Fragment.Join(report.Summary, s => Fragment.Of($"<li>{s.Text} {Cite(report, s.Article, links)}</li>\n"))}</ol>");

    private static HtmlContent Timeline(StoryReport report, ReportLinks links) =>
        report.Timeline.Count == 0
            ? None
            : Fragment.Of($"<ol class=\"timeline\">{Fragment.Join(report.Timeline, t => Fragment.Of($"<li>{Date(t.Date)} {t.Text} {Cites(report, t.Articles, links)}</li>\n"))}</ol>");

    private static HtmlContent Date(string? date) =>
        date is null ? Fragment.Of($"<time>undated</time>") : Fragment.Of($"<time datetime=\"{date}\">{date}</time>");

    private static HtmlContent Claims(StoryReport report, ReportLinks links) =>
        report.Claims.Count == 0
            ? None
            : Fragment.Join(report.Claims, c => Fragment.Of($"""
                <h3>{c.Subject}{Fragment.If(c.Disagree, Fragment.Of($" <strong class=\"disagree\">sources disagree</strong>"))}</h3>
                <div class="scroll"><table>
                <thead><tr><th scope="col">Figure</th><th scope="col">Stated as</th><th scope="col">Sources</th><th scope="col">Sentence</th></tr></thead>
                <tbody>{Fragment.Join(c.Values, v => Fragment.Of($"<tr><th scope=\"row\">{v.Value}</th><td>{v.Qualifier}</td><td>{v.Sources} {Cites(report, v.Articles, links)}</td><td>{Fragment.Join(v.Sentences, s => Fragment.Of($"<p>{s}</p>"))}</td></tr>\n"))}</tbody>
                </table></div>

                """));

    /// <summary>The actor × issue matrix by its filled cells: issues are phrases that two actors seldom share
    /// word for word, so a grid would be almost all empty.</summary>
    private static HtmlContent Positions(StoryReport report, ReportLinks links) =>
        report.Positions.Count == 0
            ? None
            : Fragment.Of($"""
                <div class="scroll"><table>
                <thead><tr><th scope="col">Actor</th><th scope="col">Issue</th><th scope="col">Stance</th><th scope="col">Speaker</th><th scope="col">Evidence</th></tr></thead>
                <tbody>{Fragment.Join(report.Positions, p => Fragment.Of($"<tr><th scope=\"row\">{Name(p.Actor, links)}</th><td>{p.Issue}</td><td>{p.Act}</td><td>{Name(p.Speaker, links)}</td><td>{p.Evidence} {Cites(report, p.Articles, links)}</td></tr>\n"))}</tbody>
                </table></div>
                """);

    private static HtmlContent Quotes(StoryReport report, ReportLinks links) =>
        report.Quotes.Count == 0
            ? None
            : Fragment.Join(report.Quotes, speaker => Fragment.Of($"""
                <h3>{(speaker.Speaker is null ? Fragment.Text("Unattributed") : Name(speaker.Speaker, links))}</h3>
                <ul class="quotes">{Fragment.Join(speaker.Quotes, q => Fragment.Of($"<li>{Quotation(q, links)} <span class=\"meta\">{StoryReport.CarriedBy(q)}{(q.SingleSource ? " · single source" : "")}</span></li>\n"))}</ul>

                """));

    private static HtmlContent Quotation(Export.CoveredItemRecord quote, ReportLinks links) =>
        links.Quote(quote.Articles[0], quote.Text) is { } href
            ? Fragment.Of($"<a class=\"quote-link\" href=\"{href}\">“{quote.Text}”</a>")
            : Fragment.Of($"<q>{quote.Text}</q>");

    private static HtmlContent Coverage(StoryReport report)
    {
        if (report.Coverage.Count == 0)
        {
            return None;
        }

        return Fragment.Of($"""
            <div class="scroll"><table>
            <thead><tr><th scope="col">Outlet</th><th scope="col">Quotes</th><th scope="col">Figures</th><th scope="col">Only one source</th></tr></thead>
            <tbody>{Fragment.Join(report.Coverage, o => Fragment.Of($"<tr><th scope=\"row\">{o.Outlet}</th><td>{o.Quotes.Count}</td><td>{o.Figures.Count}</td><td>{o.SingleSource}</td></tr>\n"))}</tbody>
            </table></div>
            <h3>Figures and the outlets that carry them</h3>
            {FiguresCovered(report)}
            <h3>Reported by one source only</h3>
            {SingleSource(report)}
            """);
    }

    private static HtmlContent FiguresCovered(StoryReport report) =>
        report.FiguresCovered.Count == 0
            ? None
            : Fragment.Of($"<ul>{Fragment.Join(report.FiguresCovered, f => Fragment.Of($"<li>{f.Text} <span class=\"meta\">{StoryReport.CarriedBy(f)}</span></li>\n"))}</ul>");

    private static HtmlContent SingleSource(StoryReport report) =>
        report.SingleSourceQuotes.Count + report.SingleSourceFigures.Count == 0
            ? None
            : Fragment.Of($"""
                <ul>{Fragment.Join(report.SingleSourceFigures, f => Fragment.Of($"<li>figure {f.Text} <span class=\"meta\">{StoryReport.CarriedBy(f)}</span></li>\n"))}{Fragment.Join(report.SingleSourceQuotes, q => Fragment.Of($"<li>{q.Speaker ?? "Unattributed"}: <q>{q.Text}</q> <span class=\"meta\">{StoryReport.CarriedBy(q)}</span></li>\n"))}</ul>
                """);

    private static HtmlContent Cites(StoryReport report, IEnumerable<string> articles, ReportLinks links) =>
        new(string.Join(" ", articles.Select(a => Cite(report, a, links).Value)));

    /// <summary>A citation: the article's outlets and date in brackets, linked when <paramref name="links"/> gives an address.</summary>
    private static HtmlContent Cite(StoryReport report, string article, ReportLinks links)
    {
        var source = report.Source(article) ?? new ReportSource(article, null, [], null, null);
        return links.Article(source) is { } href
            ? Fragment.Of($"<a class=\"cite\" href=\"{href}\" title=\"{source.Title ?? article}\">[{source.Label()}]</a>")
            : Fragment.Of($"<span class=\"cite\" title=\"{source.Title ?? article}\">[{source.Label()}]</span>");
    }

    private static HtmlContent Name(string? name, ReportLinks links) =>
        name is null ? Fragment.Text("—")
        : links.Entity(name) is { } href ? Fragment.Of($"<a href=\"{href}\">{name}</a>")
        : Fragment.Text(name);

    private static HtmlContent SourceItem(ReportSource source, ReportLinks links) =>
        Fragment.Of($"<li>{(links.Article(source) is { } href ? Fragment.Of($"<a href=\"{href}\">{source.Title ?? source.Article}</a>") : Fragment.Text(source.Title ?? source.Article))} <span class=\"meta\">{source.Label()}</span></li>\n");
}
