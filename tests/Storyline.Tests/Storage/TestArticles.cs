using Storyline.Analysis;
using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Storage;

/// <summary>Analysed articles made by hand, just enough to store.</summary>
internal static class TestArticles
{
    public static AnalyzedArticle Analyzed(string id, string body, IReadOnlyList<string>? outlets = null)
    {
        var raw = "raw: " + body;
        var document = new RawDocument(id, id + ".txt", raw, DocumentFormat.PlainText, DocumentHints.None);
        var article = new Article(
            id, document.Origin, ContentHash.Of(raw), "Title " + id, new DateOnly(2021, 12, 4), outlets ?? [], null, null,
            body, [new Block(BlockKind.Paragraph, new TextSpan(0, body.Length))], OffsetMap.Identity);
        var layout = new TextLayout([new TextSpan(0, body.Length)], [new TextSpan(0, body.Length)], []);
        return new AnalyzedArticle(document, article, layout);
    }
}
