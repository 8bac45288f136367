using Storyline.Entities;

namespace Storyline.Export;

/// <summary>
/// Puts the catalog's canonical names on an exchange record: each entity and each quote's speaker
/// is named as the catalog names it across all articles ("Anthony Blinken" → "Antony Blinken"), and
/// entities of one article that the catalog knows as one are merged. Done at export because the
/// catalog keeps learning as articles arrive.
/// </summary>
public static class CatalogNaming
{
    private static readonly EntityType[] SpeakerTypes = [EntityType.Person, EntityType.Organization, EntityType.GeoPolitical];

    public static ArticleRecord Apply(ArticleRecord record, EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(catalog);
        var entities = record.Entities
            .GroupBy(e => (Name: CanonicalName(catalog, e.Name, TypeOf(e.Type)), e.Type))
            .Select(g => new EntityRecord(g.Key.Name, g.Key.Type, [.. g.SelectMany(e => e.Mentions).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var quotes = record.Quotes
            .Select(q => q.Speaker is null ? q : q with { Speaker = SpeakerName(catalog, FullNameInArticle(record, q.Speaker)) })
            .ToList();
        return record with { Entities = entities, Quotes = quotes };
    }

    private static string CanonicalName(EntityCatalog catalog, string name, EntityType type) =>
        catalog.Find(name, type)?.CanonicalName ?? name;

    /// <summary>
    /// A speaker named by surname alone ("Jordan") is the one person of the article bearing it, whoever
    /// else the catalog knows by that surname; with none or several, the surname stays as it is.
    /// </summary>
    private static string FullNameInArticle(ArticleRecord record, string speaker)
    {
        if (speaker.Contains(' ', StringComparison.Ordinal))
        {
            return speaker;
        }

        var key = NameKey.Of(speaker);
        var bearers = record.Entities
            .Where(e => e.Type == "PERSON" && EntityResolver.Words(e.Name) is { Length: > 1 } words && NameKey.Of(words[^1]) == key)
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return bearers.Count == 1 ? bearers[0] : speaker;
    }

    private static string SpeakerName(EntityCatalog catalog, string speaker)
    {
        foreach (var type in SpeakerTypes)
        {
            if (catalog.Find(speaker, type) is { } entry)
            {
                return entry.CanonicalName;
            }
        }

        return speaker;
    }

    private static EntityType TypeOf(string exchangeType) => exchangeType switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "GPE" => EntityType.GeoPolitical,
        "LOC" => EntityType.Location,
        "EVENT" => EntityType.Event,
        _ => EntityType.Other,
    };
}
