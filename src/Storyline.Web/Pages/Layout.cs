using Storyline.Reports;

namespace Storyline.Web.Pages;

/// <summary>The frame of every page: a skip link, the site navigation and search form, the page's heading and content.
/// No script and no inline style, so the Content-Security-Policy can forbid both.</summary>
internal static class Layout
{
    public static string Page(string title, HtmlContent content, string? query = null) => Fragment.Of($"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Storyline</title>
        <link rel="stylesheet" href="/site.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
        <nav aria-label="Site"><a class="brand" href="/">Storyline</a> <a href="/">Stories</a> <a href="/search">Search</a></nav>
        <form role="search" action="/search" method="get">
        <label for="site-q">Search articles</label>
        <input id="site-q" name="q" type="search" maxlength="{Limits.MaxQueryLength}" value="{query}">
        <button type="submit">Search</button>
        </form>
        </header>
        <main id="main" tabindex="-1">
        <h1>{title}</h1>
        {content}
        </main>
        </body>
        </html>
        """).Value;

    /// <summary>"Newer" and "older" links for a paged list, keeping the page's other query parameters.</summary>
    public static HtmlContent Pager(string path, string otherParameters, int offset, int limit, bool more)
    {
        var previous = Math.Max(0, offset - limit);
        return Fragment.Of($"""
            <nav class="pager" aria-label="Pages">{Fragment.If(offset > 0, Fragment.Of($"<a rel=\"prev\" href=\"{path}?{otherParameters}offset={previous}\">← Previous</a>"))} {Fragment.If(more, Fragment.Of($"<a rel=\"next\" href=\"{path}?{otherParameters}offset={offset + limit}\">Next →</a>"))}</nav>
            """);
    }
}
