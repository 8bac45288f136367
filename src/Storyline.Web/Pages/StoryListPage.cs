using Storyline.Reports;
using Storyline.Storage.Sqlite;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary><c>/</c>: the stories, newest first, each with its size, outlets, dates and opening sentence.</summary>
internal static class StoryListPage
{
    public static string Render(ResultPage<StoryListing> page, int limit)
    {
        var items = page.Items.Count == 0
            ? Fragment.Of($"<p>The store holds no stories yet. Add articles with <code>storyline analyze</code>.</p>")
            : Fragment.Of($"<ol class=\"stories\">{Fragment.Join(page.Items, Item)}</ol>");
        return Layout.Page("Stories", Fragment.Of($"{items}{Layout.Pager("/", "", page.Offset, limit, page.More)}"));
    }

    private static HtmlContent Item(StoryListing story) => Fragment.Of($"""
        <li>
        <h2><a href="{Links.Story(story.Id)}">{story.Title}</a></h2>
        <p class="meta">{Plural(story.Articles, "article")} · {Plural(story.Events, "event")} · {Dates.Range(story.First, story.Last)}</p>
        {Fragment.If(story.Outlets.Count > 0, Fragment.Of($"<p class=\"meta\">Outlets: {string.Join(", ", story.Outlets)}</p>"))}
        {Fragment.If(story.Lede is not null, Fragment.Of($"<p>{story.Lede}</p>"))}
        </li>
        """);

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";
}

/// <summary>How a page shows dates and date ranges.</summary>
internal static class Dates
{
    /// <summary>The parts that are there, separated by middle dots.</summary>
    public static string Meta(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));

    public static string Range(string? first, string? last) =>
        first is null ? "undated" : first == last || last is null ? first : $"{first} – {last}";
}
