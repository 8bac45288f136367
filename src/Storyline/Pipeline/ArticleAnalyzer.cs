using Storyline.Analysis;
using Storyline.Cleaning;
using Storyline.Documents;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Html;
using Storyline.Languages;
using Storyline.Quotes;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Pipeline;

/// <summary>
/// Runs the per-article stages in order, from raw document to analysed article:
/// 0. extract the article of an HTML page as text, one block a line;
/// 1. clean the page into metadata and body, mapped back to the decoded page, and tell its language;
/// 2. lay out paragraphs, sentences and tokens;
/// 3. recognise names and resolve them to the article's entities;
/// 4. extract quotations and resolve their speakers (needs the entities of step 3);
/// 5. read figures and what they count, and time expressions against the publication date.
/// Built once and reused; it holds no per-article state, so one instance serves a whole run.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly HtmlPageReader _html = new();
    private readonly ArticleCleaner _cleaner = new();
    private readonly TextLayoutBuilder _layout = new();
    private readonly EntityRecognizer _recognizer = new();

    public AnalyzedArticle Analyze(RawDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = _html.ToText(source);
        var cleaned = _cleaner.Clean(document);
        // Outputs point at the decoded page, not at its normalised copy.
        var article = cleaned with
        {
            SourceMap = cleaned.SourceMap.Then(document.OriginalMap),

            // A language the source states wins; then what the text shows; then what the page declares.
            Language = source.Hints.Language ?? LanguageIdentifier.Identify(cleaned.Text) ?? document.Hints.Language,
            Url = document.Hints.Url,
            Modified = document.Hints.Modified,
        };
        if (!ReferenceEquals(document, source))
        {
            // The store recognises content by what was read, so a re-read page is not analysed again.
            article = article with { ContentHash = ContentHash.Of(source.Text) };
        }

        var text = article.Text;
        var layout = _layout.Build(text, article.Blocks);
        var entities = EntityResolver.Resolve(_recognizer.Recognize(text, layout));
        var quotes = SpeakerResolver.Resolve(text, layout, entities, QuoteExtractor.Extract(text, layout, entities));
        return new AnalyzedArticle(document, article, layout)
        {
            Entities = entities,
            Quotes = quotes,
            Figures = FigureExtractor.Extract(text, layout),
            Times = TimeExpressionResolver.Resolve(text, article.Published),
        };
    }
}
