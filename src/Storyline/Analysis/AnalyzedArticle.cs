using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Analysis;

/// <summary>An article with the annotation layers the pipeline found in its clean text.</summary>
public sealed record AnalyzedArticle(Article Article, TextLayout Layout);
