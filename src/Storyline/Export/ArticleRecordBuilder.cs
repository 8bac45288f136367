using Storyline.Analysis;

namespace Storyline.Export;

/// <summary>Turns an analysed article into its exchange record.</summary>
public static class ArticleRecordBuilder
{
    public static ArticleRecord Build(AnalyzedArticle analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var article = analyzed.Article;
        return new ArticleRecord(
            Id: article.Id,
            Title: article.Title,
            Published: article.Published?.ToString("yyyy-MM-dd"),
            Outlets: article.Outlets,
            Dateline: article.Dateline,
            Text: article.Text,
            Entities: [],
            Quotes: [],
            Numbers: [],
            Times: [],
            Event: ClusterIds.EventOf(article.Id),
            Story: ClusterIds.StoryOf(article.Id),
            DuplicateOf: null,
            Author: article.Author,
            Origin: article.Origin);
    }
}
