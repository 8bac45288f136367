using Storyline.Export;
using Storyline.Reports;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/stories/{id}</c>: a story's dossier — summary with citations, timeline, figures and disagreements,
/// positions, quotes by speaker, coverage by outlet — and its articles.</summary>
internal static class StoryPage
{
    public static string Render(StoryView story, CatalogView catalog)
    {
        var titles = story.Articles.ToDictionary(a => a.Id, a => a.Title ?? a.Id, StringComparer.Ordinal);
        var dossier = story.Dossier;
        var partial = story.ArticleCount > story.Articles.Count
            ? Fragment.Of($"<p class=\"note\">Built from the newest {story.Articles.Count:N0} of {story.ArticleCount:N0} articles.</p>")
            : HtmlContent.Empty;
        var content = Fragment.Of($"""
            <p class="meta">{Dates.Meta(StoryListPage.Plural(story.ArticleCount, "article"), Dates.Range(story.First, story.Last), string.Join(", ", story.Outlets))}</p>
            {partial}
            {Section("summary", "Summary", dossier.Summary.Count == 0 ? Empty : Fragment.Of($"<ol>{Fragment.Join(dossier.Summary, s => Fragment.Of($"<li>{s.Text} {Cite(s.Article, titles)}</li>"))}</ol>"))}
            {Section("timeline", "Timeline", dossier.Timeline.Count == 0 ? Empty : Fragment.Of($"<ol class=\"timeline\">{Fragment.Join(dossier.Timeline, t => Fragment.Of($"<li><time>{t.Date ?? "undated"}</time> {t.Text} {Fragment.Join(t.Articles, a => Cite(a, titles))}</li>"))}</ol>"))}
            {Section("figures", "Figures", dossier.Claims.Count == 0 ? Empty : Fragment.Join(dossier.Claims, c => Claim(c, titles)))}
            {Section("positions", "Positions", Positions(dossier.Positions, catalog, titles))}
            {Section("quotes", "Quotes by speaker", QuotesBySpeaker(dossier.Coverage, catalog))}
            {Section("coverage", "Coverage by outlet", CoverageByOutlet(dossier.Coverage))}
            {Section("articles", "Articles", Fragment.Of($"<ul>{Fragment.Join(story.Articles, Article)}</ul>"))}
            """);
        return Layout.Page(story.Title, content);
    }

    private static readonly HtmlContent Empty = Fragment.Of($"<p>None found.</p>");

    private static HtmlContent Section(string id, string heading, HtmlContent body) =>
        Fragment.Of($"<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{heading}</h2>{body}</section>");

    private static HtmlContent Cite(string articleId, Dictionary<string, string> titles) =>
        Fragment.Of($" <a class=\"cite\" href=\"{Links.Article(articleId)}\" title=\"{titles.GetValueOrDefault(articleId, articleId)}\">[{articleId}]</a>");

    private static HtmlContent Claim(ClaimRecord claim, Dictionary<string, string> titles) => Fragment.Of($"""
        <h3>{claim.Subject}{Fragment.If(claim.Disagree, Fragment.Of($" <strong class=\"disagree\">sources disagree</strong>"))}</h3>
        <ul>{Fragment.Join(claim.Values, v => Fragment.Of($"<li><span class=\"figure\">{Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)}</span> ({v.Qualifier}) {Fragment.Join(v.Articles, a => Cite(a, titles))}</li>"))}</ul>
        """);

    private static HtmlContent Positions(IReadOnlyList<PositionRecord> positions, CatalogView catalog, Dictionary<string, string> titles) =>
        positions.Count == 0
            ? Empty
            : Fragment.Of($"""
                <div class="scroll"><table>
                <thead><tr><th scope="col">Actor</th><th scope="col">Stance</th><th scope="col">Issue</th><th scope="col">Speaker</th><th scope="col">Sources</th></tr></thead>
                <tbody>{Fragment.Join(positions, p => Fragment.Of($"<tr><th scope=\"row\">{Name(p.Actor, catalog)}</th><td>{p.Act}</td><td>{p.Issue}</td><td>{Name(p.Speaker, catalog)}</td><td>{Fragment.Join(p.Articles, a => Cite(a, titles))}</td></tr>"))}</tbody>
                </table></div>
                """);

    private static HtmlContent QuotesBySpeaker(CoverageRecord coverage, CatalogView catalog) =>
        coverage.Quotes.Count == 0
            ? Empty
            : Fragment.Join(
                coverage.Quotes.GroupBy(q => q.Speaker ?? "Unattributed", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal),
                g => Fragment.Of($"""
                    <h3>{Name(g.Key, catalog)}</h3>
                    <ul class="quotes">{Fragment.Join(g, q => Fragment.Of($"<li><a class=\"quote-link\" href=\"{Links.Quote(q.Articles[0], q.Text)}\">“{q.Text}”</a> <span class=\"meta\">{string.Join(", ", q.Outlets)}{(q.SingleSource ? " · single source" : "")}</span></li>"))}</ul>
                    """));

    private static HtmlContent CoverageByOutlet(CoverageRecord coverage)
    {
        var outlets = coverage.Quotes.Select(q => (Kind: "quote", Item: q)).Concat(coverage.Figures.Select(f => (Kind: "figure", Item: f)))
            .SelectMany(x => x.Item.Outlets.Select(o => (Outlet: o, x.Kind)))
            .GroupBy(x => x.Outlet, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return outlets.Count == 0
            ? Empty
            : Fragment.Of($"""
                <table><thead><tr><th scope="col">Outlet</th><th scope="col">Quotes</th><th scope="col">Figures</th></tr></thead>
                <tbody>{Fragment.Join(outlets, g => Fragment.Of($"<tr><th scope=\"row\">{g.Key}</th><td>{g.Count(x => x.Kind == "quote")}</td><td>{g.Count(x => x.Kind == "figure")}</td></tr>"))}</tbody></table>
                """);
    }

    private static HtmlContent Article(ArticleRecord article) => Fragment.Of($"""
        <li><a href="{Links.Article(article.Id)}">{article.Title ?? article.Id}</a> <span class="meta">{Dates.Meta(string.Join(", ", article.Outlets), article.Published ?? "undated", article.DuplicateOf is null ? null : "copy of " + article.DuplicateOf)}</span></li>
        """);

    /// <summary>A name linked to its entity page when the catalog holds it.</summary>
    public static HtmlContent Name(string? name, CatalogView catalog) =>
        name is null ? Fragment.Text("—")
        : catalog.IdOf(name) is { } id ? Fragment.Of($"<a href=\"{Links.Entity(id)}\">{name}</a>")
        : Fragment.Text(name);
}
