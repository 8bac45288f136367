using System.Text.Json.Serialization;
using Storyline.Export;
using Storyline.Storage.Sqlite;

namespace Storyline.Web.Api;

/// <summary>One page of a list: the items, where the page starts, the offset of the next page (null on the last) and,
/// when known, how many items there are in all (a search ranks only the newest 10,000 of them).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? NextOffset, int? Total = null);

/// <summary>A search result: <see cref="Snippet"/> is plain text and <see cref="Matches"/> are the matched
/// spans within it, as [start, length] pairs of UTF-16 code units.</summary>
public sealed record ApiSearchHit(string Article, string? Title, string? Published, string? Story, string Snippet, IReadOnlyList<int[]> Matches, double Rank);

/// <summary>What a submission of articles did.</summary>
public sealed record ApiSubmission(int Read, int Added, int Updated, int Unchanged, IReadOnlyList<string> Skipped);

/// <summary>An error, in one line, never with internals.</summary>
public sealed record ApiError(string Error);

/// <summary>The API's JSON: snake_case names, like the exchange format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ApiPage<StoryListing>))]
[JsonSerializable(typeof(ApiPage<ApiSearchHit>))]
[JsonSerializable(typeof(StoryRecord))]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(EntityProfile))]
[JsonSerializable(typeof(ApiSubmission))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
public sealed partial class ApiJson : JsonSerializerContext;
