using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>
/// The articles of one story in reading order (earliest publication first, undated last, then as
/// given), with the independent report each stands for: a re-published copy stands for the article
/// it copies, so it never counts as a second source.
/// </summary>
internal sealed class StoryArticles
{
    private readonly Dictionary<string, ArticleRecord> _byId;

    public StoryArticles(IReadOnlyList<ArticleRecord> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        InOrder = [.. articles.OrderBy(a => a.Published is null).ThenBy(a => a.Published, StringComparer.Ordinal)];
        _byId = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            _byId.TryAdd(article.Id, article);
        }

        Originals = [.. InOrder.Where(a => a.DuplicateOf is null)];
    }

    public IReadOnlyList<ArticleRecord> InOrder { get; }

    /// <summary>The articles that are not copies of another report.</summary>
    public IReadOnlyList<ArticleRecord> Originals { get; }

    /// <summary>The id of the report <paramref name="article"/> stands for: the first article of its chain of copies.</summary>
    public string SourceOf(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = article.Id;
        var original = article.DuplicateOf;
        var steps = 0;
        while (original is not null && steps++ < _byId.Count)
        {
            id = original;
            original = _byId.TryGetValue(original, out var next) ? next.DuplicateOf : null;
        }

        return id;
    }
}
