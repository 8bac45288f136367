using Storyline.Export;
using Storyline.Reports;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/stories/{id}</c>: a story's dossier — the sections of <see cref="HtmlReport"/> in the site's layout, linked to
/// the site's article, quotation and entity pages — and its articles.</summary>
internal static class StoryPage
{
    public static string Render(StoryView story, CatalogView catalog)
    {
        var partial = story.ArticleCount > story.Articles.Count
            ? Fragment.Of($"<p class=\"note\">Built from the newest {story.Articles.Count:N0} of {story.ArticleCount:N0} articles.</p>")
            : HtmlContent.Empty;
        var report = StoryReport.From(story.Id, story.Title, story.Articles, story.Dossier);
        var content = Fragment.Of($"""
            <p class="meta">{Dates.Meta(StoryListPage.Plural(story.ArticleCount, "article"), Dates.Range(story.First, story.Last), string.Join(", ", story.Outlets))}</p>
            {partial}
            {HtmlReport.Sections(report, new SiteLinks(catalog))}
            <section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2><ul>{Fragment.Join(story.Articles, Article)}</ul></section>
            """);
        return Layout.Page(story.Title, content);
    }

    private static HtmlContent Article(ArticleRecord article) => Fragment.Of($"""
        <li><a href="{Links.Article(article.Id)}">{article.Title ?? article.Id}</a> <span class="meta">{Dates.Meta(string.Join(", ", article.Outlets), article.Published ?? "undated", article.DuplicateOf is null ? null : "copy of " + article.DuplicateOf)}</span></li>
        """);

    /// <summary>A name linked to its entity page when the catalog holds it.</summary>
    public static HtmlContent Name(string? name, CatalogView catalog) =>
        name is null ? Fragment.Text("—")
        : catalog.IdOf(name) is { } id ? Fragment.Of($"<a href=\"{Links.Entity(id)}\">{name}</a>")
        : Fragment.Text(name);

    /// <summary>The report's citations, quotations and names lead to this site's pages.</summary>
    private sealed class SiteLinks(CatalogView catalog) : ReportLinks
    {
        public override string? Article(ReportSource source)
        {
            ArgumentNullException.ThrowIfNull(source);
            return Links.Article(source.Article);
        }

        public override string? Quote(string article, string text) => Links.Quote(article, text);

        public override string? Entity(string name) => catalog.IdOf(name) is { } id ? Links.Entity(id) : null;
    }
}
