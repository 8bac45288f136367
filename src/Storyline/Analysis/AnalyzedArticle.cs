using Storyline.Documents;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Analysis;

/// <summary>
/// An article with the annotation layers the pipeline found in its clean text, and the document it
/// came from. <see cref="Article.SourceMap"/> maps the clean text to <see cref="RawDocument.DecodedText"/>.
/// </summary>
public sealed record AnalyzedArticle(RawDocument Document, Article Article, TextLayout Layout)
{
    /// <summary>The names the article mentions and the entities they stand for.</summary>
    public EntityAnalysis Entities { get; init; } = EntityAnalysis.Empty;

    /// <summary>Direct, partial and indirect quotations with their speakers.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Figures with what they count and how sure the text is of them.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Time expressions, resolved against the publication date where it is known.</summary>
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];
}
