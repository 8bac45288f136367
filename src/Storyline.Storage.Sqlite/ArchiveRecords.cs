using Storyline.Documents;
using Storyline.Export;

namespace Storyline.Storage.Sqlite;

/// <summary>A story as the story list shows it: its size, outlets, first and last dates, and the first
/// sentence of its earliest article as a one-line summary.</summary>
public sealed record StoryListing(
    string Id,
    string Title,
    int Articles,
    int Events,
    IReadOnlyList<string> Outlets,
    string? First,
    string? Last,
    string? Lede);

/// <summary>An article as stored, for reading: its record, where it came from, the page text it was
/// read from and its sentences as spans of the clean text.</summary>
public sealed record ArchivedArticle(ArticleRecord Record, string Origin, string OriginalText, IReadOnlyList<TextSpan> Sentences);

/// <summary>One page of results, whether more follow it and, when known, how many there are in all.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Offset, bool More, int? Total = null);

/// <summary>A full-text search: words to find (all of them, best matches first) and filters. Dates are
/// ISO dates (<c>2025-03-14</c>), both ends included.</summary>
public sealed record SearchQuery(
    string? Text,
    string? Speaker = null,
    string? Entity = null,
    string? Outlet = null,
    string? From = null,
    string? To = null);

/// <summary>An article a search found. <see cref="Snippet"/> is a passage of the best-matching field with
/// each match between <see cref="MatchStart"/> and <see cref="MatchEnd"/> (characters of Unicode's private
/// use area, so a page showing it must treat any it meets as a match boundary, never as text).</summary>
public sealed record SearchHit(string ArticleId, string? Title, string? Published, string? Story, string Snippet, double Rank)
{
    public const char MatchStart = '\uE000';
    public const char MatchEnd = '\uE001';
}
