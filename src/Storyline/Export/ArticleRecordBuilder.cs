using Storyline.Analysis;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Time;

namespace Storyline.Export;

/// <summary>Turns an analysed article into its exchange record, with names as the article gives them;
/// <see cref="CatalogNaming"/> puts the catalog's canonical names on it at export.</summary>
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
            Entities: EntityRecords.From(article.Text, analyzed.Entities),
            Quotes: QuoteRecords.From(article.Text, analyzed.Quotes, analyzed.Entities),
            Numbers: [.. analyzed.Figures.Select(f => f.ToNumberRecord() with { Sentence = f.Sentence.Of(article.Text) })],
            Times: [.. analyzed.Times.Select(t => t.ToTimeRecord())],
            Event: ClusterIds.EventOf(article.Id),
            Story: ClusterIds.StoryOf(article.Id),
            DuplicateOf: null,
            Author: article.Author,
            Origin: article.Origin,
            Language: article.Language,
            Url: article.Url,
            Modified: article.Modified?.ToString("yyyy-MM-dd"));
    }
}
