using Storyline.Entities;
using Storyline.Export;
using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

/// <summary>Runs the entity and quote stages over a small text, laid out by <see cref="TestLayouts"/>.</summary>
internal static class QuoteAnalysis
{
    public static IReadOnlyList<QuoteRecord> Quotes(string text)
    {
        var layout = TestLayouts.Of(text);
        var entities = EntityResolver.Resolve(new EntityRecognizer().Recognize(text, layout));
        var quotes = SpeakerResolver.Resolve(text, layout, entities, QuoteExtractor.Extract(text, layout, entities));
        return QuoteRecords.From(text, quotes, entities);
    }

    public static IReadOnlyList<QuoteRecord> Marked(string text) => Quotes(text).Where(q => q.Kind != "indirect").ToList();

    public static IReadOnlyList<string> MarkedWords(string text) => Marked(text).Select(q => q.Text).ToList();
}
