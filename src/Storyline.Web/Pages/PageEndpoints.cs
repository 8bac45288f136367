using System.Reflection;
using Storyline.Reports;
using Storyline.Storage.Sqlite;

namespace Storyline.Web.Pages;

/// <summary>The HTML pages and the stylesheet.</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("site.css")
            ?? throw new InvalidOperationException("The stylesheet is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Map(IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/site.css", () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8"));
        pages.MapGet("/", (Archive archive, int? offset) =>
        {
            using var store = archive.Open();
            return Page(StoryListPage.Render(archive.Stories(store, Limits.PageSize, Limits.OffsetOf(offset)), Limits.PageSize));
        });
        pages.MapGet("/stories/{id}", (Archive archive, string id) =>
        {
            using var store = archive.Open();
            return archive.Story(store, id) is { } story ? Page(StoryPage.Render(story, archive.Catalog(store))) : NotFound("story", id);
        });
        pages.MapGet("/articles/{id}", (Archive archive, string id) =>
        {
            using var store = archive.Open();
            return store.Article(id) is { } article ? Page(ArticlePage.Render(article, archive.Catalog(store))) : NotFound("article", id);
        });
        pages.MapGet("/articles/{id}/original", (Archive archive, string id) =>
        {
            using var store = archive.Open();
            return store.Article(id) is { } article ? Results.Text(article.OriginalText, "text/plain; charset=utf-8") : NotFound("article", id);
        });
        pages.MapGet("/entities/{id}", (Archive archive, string id) =>
        {
            using var store = archive.Open();
            var catalog = archive.Catalog(store);
            return catalog.Entry(id) is { } entry ? Page(EntityPage.Render(EntityProfiles.Build(entry, store, catalog))) : NotFound("person or organisation", id);
        });
        pages.MapGet("/search", (Archive archive, string? q, string? speaker, string? entity, string? outlet, string? from, string? to, int? offset) =>
        {
            var query = new SearchQuery(q, speaker, entity, outlet, from, to);
            if (SearchRequest.Problem(query) is { } problem)
            {
                return Page(SearchPage.Render(query with { Text = null }, null, Limits.PageSize, problem), StatusCodes.Status400BadRequest);
            }

            using var store = archive.Open();
            var results = FullTextQuery.Build(query) is null ? null : store.Search(query, Limits.PageSize, Limits.OffsetOf(offset));
            return Page(SearchPage.Render(query, results, Limits.PageSize));
        });
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, HtmlType, statusCode: status);

    private static IResult NotFound(string what, string id) =>
        Page(Layout.Page("Not found", Fragment.Of($"<p>There is no {what} with the id “{id}”.</p>")), StatusCodes.Status404NotFound);
}

/// <summary>Checks a search's parameters before it reaches the index.</summary>
internal static class SearchRequest
{
    /// <summary>What is wrong with the query, or null when it can run.</summary>
    public static string? Problem(SearchQuery query)
    {
        string?[] fields = [query.Text, query.Speaker, query.Entity, query.Outlet];
        if (fields.Any(f => f?.Length > Limits.MaxQueryLength))
        {
            return $"search terms are limited to {Limits.MaxQueryLength} characters";
        }

        return IsDate(query.From) && IsDate(query.To) ? null : "dates must be written as YYYY-MM-DD";
    }

    private static bool IsDate(string? value) =>
        string.IsNullOrWhiteSpace(value) || DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out _);
}
