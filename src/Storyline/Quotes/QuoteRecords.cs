using System.Text;
using Storyline.Entities;
using Storyline.Export;

namespace Storyline.Quotes;

/// <summary>Turns the quotes of an article into the exchange records: words without their marks, speaker's canonical name, kind.</summary>
public static class QuoteRecords
{
    public static IReadOnlyList<QuoteRecord> From(string text, IReadOnlyList<Quote> quotes, EntityAnalysis analysis, EntityCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(analysis);
        return quotes
            .Select(q => new QuoteRecord(Words(text, q), SpeakerName(q, analysis, catalog), q.Kind.ToString().ToLowerInvariant()))
            .ToList();
    }

    private static string? SpeakerName(Quote quote, EntityAnalysis analysis, EntityCatalog? catalog) => quote.Speaker switch
    {
        null => null,
        { Entity: { } index } => EntityRecords.CanonicalName(analysis.Entities[index], catalog),
        { } speaker => speaker.Name,
    };

    /// <summary>The quoted words with quotation marks dropped (an apostrophe inside a word stays) and spaces collapsed.</summary>
    public static string Words(string text, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        var builder = new StringBuilder(quote.Span.Length);
        for (var i = quote.Span.Start; i < quote.Span.End; i++)
        {
            var c = text[i];
            var apostrophe = c is '’' or '\'' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            if (c is '“' or '”' or '"' or '«' or '»' or '„' or '‘' or '’' or '\'' && !apostrophe)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
