using Storyline.Reports;
using Storyline.Storage.Sqlite;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/articles/{id}</c>: an article's clean text with quotations, speakers, entities and figures marked,
/// its story, and a link to the page it was read from.</summary>
internal static class ArticlePage
{
    public static string Render(ArchivedArticle stored, CatalogView catalog)
    {
        var article = catalog.Name(stored.Record);
        var origin = Uri.TryCreate(stored.Origin, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? Fragment.Of($"<a href=\"{url.AbsoluteUri}\" rel=\"noopener noreferrer nofollow\">the original page</a> · ")
            : HtmlContent.Empty;
        var content = Fragment.Of($"""
            <p class="meta">{Dates.Meta(string.Join(", ", article.Outlets), article.Published ?? "undated", article.Dateline, article.Author is null ? null : "by " + article.Author)}</p>
            <p class="meta">Story: <a href="{Links.Story(article.Story)}">{article.Story}</a>{(article.DuplicateOf is null ? HtmlContent.Empty : Fragment.Of($" · a copy of <a href=\"{Links.Article(article.DuplicateOf)}\">{article.DuplicateOf}</a>"))} · Source: {origin}<a href="{Links.Original(article.Id)}">the text as read</a></p>
            <p class="legend" aria-hidden="true"><span class="quote">quotation</span> <span class="entity person">person</span> <span class="entity org">organisation</span> <span class="entity gpe">place</span> <span class="figure">figure</span></p>
            <article class="text">{ArticleMarkup.Render(article, catalog)}</article>
            """);
        return Layout.Page(article.Title ?? article.Id, content);
    }
}
