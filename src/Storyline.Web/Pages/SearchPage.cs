using System.Text;
using Storyline.Reports;
using Storyline.Storage.Sqlite;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/search</c>: the search form with its filters and the ranked articles, matches highlighted.</summary>
internal static class SearchPage
{
    public static string Render(SearchQuery query, ResultPage<SearchHit>? results, int limit, string? problem = null)
    {
        var form = Fragment.Of($"""
            <form class="filters" action="/search" method="get">
            <p><label for="q">Words</label> <input id="q" name="q" type="search" maxlength="{Limits.MaxQueryLength}" value="{query.Text}"></p>
            <p><label for="speaker">Speaker</label> <input id="speaker" name="speaker" maxlength="{Limits.MaxQueryLength}" value="{query.Speaker}"></p>
            <p><label for="entity">Person, organisation or place</label> <input id="entity" name="entity" maxlength="{Limits.MaxQueryLength}" value="{query.Entity}"></p>
            <p><label for="outlet">Outlet</label> <input id="outlet" name="outlet" maxlength="{Limits.MaxQueryLength}" value="{query.Outlet}"></p>
            <p><label for="from">From</label> <input id="from" name="from" type="date" value="{query.From}">
            <label for="to">to</label> <input id="to" name="to" type="date" value="{query.To}"></p>
            <p><button type="submit">Search</button></p>
            </form>
            """);
        var body = problem is not null ? Fragment.Of($"<p role=\"alert\">{problem}</p>")
            : results is null
            ? Fragment.Of($"<p>Type words to find, or fill in a filter.</p>")
            : results.Items.Count == 0
                ? Fragment.Of($"<p role=\"status\">No articles match.</p>")
                : Fragment.Of($"""
                    <p role="status">Results {results.Offset + 1:N0}–{results.Offset + results.Items.Count:N0} of {results.Total ?? 0:N0}, best match first{(results.Total > SqliteArchive.RankedMatches ? $" among the newest {SqliteArchive.RankedMatches:N0}" : "")}.</p>
                    <ol class="results" start="{results.Offset + 1}">{Fragment.Join(results.Items, Hit)}</ol>
                    {Layout.Pager("/search", Parameters(query), results.Offset, limit, results.More)}
                    """);
        return Layout.Page(query.Text is { Length: > 0 } ? $"Search: {query.Text}" : "Search", Fragment.Of($"{form}{body}"), query.Text);
    }

    private static HtmlContent Hit(SearchHit hit) => Fragment.Of($"""
        <li>
        <h2><a href="{Links.Article(hit.ArticleId)}">{hit.Title ?? hit.ArticleId}</a></h2>
        <p class="meta">{hit.Published ?? "undated"}{Fragment.If(hit.Story is not null, Fragment.Of($" · story <a href=\"{Links.Story(hit.Story ?? "")}\">{hit.Story}</a>"))}</p>
        <p>{Highlight(hit.Snippet)}</p>
        </li>
        """);

    /// <summary>A snippet with its matches marked: the text between the markers is encoded like any text, and
    /// every marker toggles the mark, so the markup stays balanced whatever the snippet holds.</summary>
    public static HtmlContent Highlight(string snippet)
    {
        var parts = new List<HtmlContent>();
        var inMatch = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] is not (SearchHit.MatchStart or SearchHit.MatchEnd))
            {
                continue;
            }

            var text = snippet[start..i];
            parts.Add(inMatch ? Fragment.Of($"<mark>{text}</mark>") : Fragment.Text(text));
            if (i < snippet.Length)
            {
                inMatch = snippet[i] == SearchHit.MatchStart;
            }

            start = i + 1;
        }

        return Fragment.Join(parts);
    }

    private static string Parameters(SearchQuery query)
    {
        var parameters = new StringBuilder();
        foreach (var (name, value) in new[] { ("q", query.Text), ("speaker", query.Speaker), ("entity", query.Entity), ("outlet", query.Outlet), ("from", query.From), ("to", query.To) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
            }
        }

        return parameters.ToString();
    }
}
