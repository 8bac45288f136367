using Storyline.Export;

namespace Storyline.Entities;

/// <summary>Turns the entities of an article into the exchange records: canonical name (from the catalog when given), type, mentions as written.</summary>
public static class EntityRecords
{
    public static IReadOnlyList<EntityRecord> From(string text, EntityAnalysis analysis, EntityCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var records = new List<EntityRecord>();
        foreach (var entity in analysis.Entities)
        {
            var mentions = entity.Mentions
                .Select(m => analysis.Mentions[m].Span.Of(text))
                .Concat(analysis.Nested.Where(n => n.Type == entity.Type && n.Name == entity.Name).Select(n => n.Span.Of(text)))
                .Where(m => entity.Type != EntityType.Nationality || m.EndsWith('s'))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (mentions.Count > 0)
            {
                records.Add(new EntityRecord(CanonicalName(entity, catalog), TypeName(entity.Type), mentions));
            }
        }

        // A place written only inside longer names is an entity of its own.
        foreach (var place in analysis.Nested
            .Where(n => !analysis.Entities.Any(e => e.Type == n.Type && e.Name == n.Name))
            .GroupBy(n => (n.Name, n.Type)))
        {
            records.Add(new EntityRecord(place.Key.Name, TypeName(place.Key.Type), [.. place.Select(n => n.Span.Of(text)).Distinct(StringComparer.Ordinal)]));
        }

        return records;
    }

    public static string CanonicalName(ArticleEntity entity, EntityCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return catalog?.Find(entity.Name, entity.Type)?.CanonicalName ?? entity.Name;
    }

    /// <summary>
    /// Nationality words are reported only in the plural ("Russians", "Muslims"), which names people, so
    /// as PERSON: the exchange format has no type for a nationality.
    /// </summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person or EntityType.Nationality => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeoPolitical => "GPE",
        EntityType.Location => "LOC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };
}
