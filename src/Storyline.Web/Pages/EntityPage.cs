using Storyline.Reports;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/entities/{id}</c>: every quotation and position of a person or organisation, across stories.</summary>
internal static class EntityPage
{
    public static string Render(EntityProfile profile)
    {
        var aliases = profile.Aliases.Where(a => a != profile.Name).ToList();
        var quotes = profile.Quotes.Count == 0
            ? Fragment.Of($"<p>No quotations found.</p>")
            : Fragment.Of($"<ul class=\"quotes\">{Fragment.Join(profile.Quotes, q => Fragment.Of($"<li><a class=\"quote-link\" href=\"{Links.Quote(q.Article, q.Text)}\">“{q.Text}”</a> <span class=\"meta\">{q.ArticleTitle ?? q.Article} · {q.Published ?? "undated"} · story <a href=\"{Links.Story(q.Story)}\">{q.Story}</a></span></li>"))}</ul>");
        var positions = profile.Positions.Count == 0
            ? Fragment.Of($"<p>No positions found.</p>")
            : Fragment.Of($"""
                <div class="scroll"><table>
                <thead><tr><th scope="col">Story</th><th scope="col">Actor</th><th scope="col">Stance</th><th scope="col">Issue</th><th scope="col">Speaker</th></tr></thead>
                <tbody>{Fragment.Join(profile.Positions, p => Fragment.Of($"<tr><td><a href=\"{Links.Story(p.Story)}\">{p.Story}</a></td><td>{p.Actor}</td><td>{p.Act}</td><td>{p.Issue}</td><td>{p.Speaker ?? "—"}</td></tr>"))}</tbody>
                </table></div>
                """);
        var content = Fragment.Of($"""
            <p class="meta">{profile.Type}{(aliases.Count == 0 ? "" : " · also written " + string.Join(", ", aliases))} · {(profile.MentionedIn.Count >= Limits.EntityArticles ? $"read from the newest {Limits.EntityArticles:N0} articles naming them" : $"named in {profile.MentionedIn.Count:N0} articles")}</p>
            <section aria-labelledby="quotes-h"><h2 id="quotes-h">Quotations</h2>{quotes}</section>
            <section aria-labelledby="positions-h"><h2 id="positions-h">Positions</h2>{positions}</section>
            """);
        return Layout.Page(profile.Name, content);
    }
}
