using Microsoft.AspNetCore.Http.HttpResults;
using Storyline.Export;
using Storyline.Storage.Sqlite;

namespace Storyline.Web.Api;

/// <summary>The REST API under <c>/api</c>: stories, articles, entities and search as JSON, paged by
/// <c>limit</c> and <c>offset</c>; <c>POST /api/articles</c> submits articles for analysis.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, ServerOptions options)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/stories", (Archive archive, int? limit, int? offset) =>
        {
            using var store = archive.Open();
            var size = Limits.PageSizeOf(limit);
            var page = archive.Stories(store, size, Limits.OffsetOf(offset));
            return TypedResults.Ok(new ApiPage<StoryListing>(page.Items, page.Offset, size, page.More ? page.Offset + size : null));
        }).WithSummary("Stories, newest first.");

        api.MapGet("/stories/{id}", IResult (Archive archive, string id) =>
        {
            using var store = archive.Open();
            if (archive.Story(store, id) is not { } story)
            {
                return NotFound("story", id);
            }

            var d = story.Dossier;
            return TypedResults.Ok(new StoryRecord(story.Id, story.Title, [.. story.Articles.Select(a => a.Id)], d.Summary, d.Timeline, d.Claims, d.Positions, d.Coverage));
        }).WithSummary("A story with its dossier.").Produces<StoryRecord>();

        api.MapGet("/articles/{id}", IResult (Archive archive, string id) =>
        {
            using var store = archive.Open();
            return store.Article(id) is { } article ? TypedResults.Ok(archive.Catalog(store).Name(article.Record)) : NotFound("article", id);
        }).WithSummary("An analysed article, as a line of articles.jsonl.").Produces<ArticleRecord>();

        api.MapGet("/entities/{id}", IResult (Archive archive, string id) =>
        {
            using var store = archive.Open();
            var catalog = archive.Catalog(store);
            return catalog.Entry(id) is { } entry ? TypedResults.Ok(EntityProfiles.Build(entry, store, catalog)) : NotFound("entity", id);
        }).WithSummary("A person's or organisation's quotations and positions across stories.").Produces<EntityProfile>();

        api.MapGet("/search", IResult (Archive archive, string? q, string? speaker, string? entity, string? outlet, string? from, string? to, int? limit, int? offset) =>
        {
            var query = new SearchQuery(q, speaker, entity, outlet, from, to);
            if (Pages.SearchRequest.Problem(query) is { } problem)
            {
                return TypedResults.BadRequest(new ApiError(problem));
            }

            using var store = archive.Open();
            var size = Limits.PageSizeOf(limit);
            var page = store.Search(query, size, Limits.OffsetOf(offset));
            var hits = page.Items.Select(ToApi).ToList();
            return TypedResults.Ok(new ApiPage<ApiSearchHit>(hits, page.Offset, size, page.More ? page.Offset + size : null, page.Total));
        }).WithSummary("Full-text search, best match first (BM25), with filters.").Produces<ApiPage<ApiSearchHit>>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/articles", async Task<IResult> (HttpRequest request, ArticleSubmissions submissions, string? id, CancellationToken cancellation) =>
        {
            if (ArticleSubmissions.KindOf(request.ContentType) is not { } kind)
            {
                return TypedResults.Json(
                    new ApiError("send text/plain, text/html or application/jsonl"), ApiJson.Default.ApiError, statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            if (id is not null && !ArticleSubmissions.IsValidId(id))
            {
                return TypedResults.BadRequest(new ApiError("an id is 1 to 120 letters, digits, dots, dashes or underscores"));
            }

            if (await RequestBody.ReadAsync(request, options.MaxRequestBytes, cancellation).ConfigureAwait(false) is not { } body)
            {
                return TypedResults.Json(
                    new ApiError($"the body is larger than {options.MaxRequestBytes:N0} bytes"), ApiJson.Default.ApiError, statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var summary = await submissions.SubmitAsync(body, kind, id, cancellation).ConfigureAwait(false);
            var result = new ApiSubmission(summary.ItemsRead, summary.Added, summary.Updated, summary.Unchanged, [.. summary.Failures.Select(f => f.ToString())]);
            return summary.Failures.Count > 0 && summary.Analysed + summary.Unchanged == 0
                ? TypedResults.UnprocessableEntity(result)
                : TypedResults.Ok(result);
        })
        .AddEndpointFilter<ApiKeyFilter>()
        .WithSummary($"Submit articles for analysis (text/plain, text/html or application/jsonl); needs the {ServerOptions.ApiKeyHeader} header.")
        .Accepts<string>("text/plain", "text/html", "application/jsonl")
        .Produces<ApiSubmission>()
        .Produces<ApiError>(StatusCodes.Status401Unauthorized)
        .Produces<ApiError>(StatusCodes.Status403Forbidden)
        .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
    }

    private static NotFound<ApiError> NotFound(string what, string id) => TypedResults.NotFound(new ApiError($"no {what} with the id '{id}'"));

    private static ApiSearchHit ToApi(SearchHit hit)
    {
        var text = new System.Text.StringBuilder(hit.Snippet.Length);
        var matches = new List<int[]>();
        var start = -1;
        foreach (var c in hit.Snippet)
        {
            if (c == SearchHit.MatchStart)
            {
                start = text.Length;
            }
            else if (c == SearchHit.MatchEnd)
            {
                if (start >= 0)
                {
                    matches.Add([start, text.Length - start]);
                }

                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return new ApiSearchHit(hit.ArticleId, hit.Title, hit.Published, hit.Story, text.ToString(), matches, hit.Rank);
    }
}

/// <summary>Reads a request body, refusing it (null) once it passes the limit, whatever the client
/// declared, so an oversized body is never held in memory whole.</summary>
internal static class RequestBody
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
