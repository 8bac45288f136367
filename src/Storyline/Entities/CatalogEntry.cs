namespace Storyline.Entities;

/// <summary>One entity of the catalog as a store keeps it: a stable id, the name Storyline reports, its type and every spelling seen.</summary>
public sealed record CatalogEntry(string Id, string CanonicalName, EntityType Type, IReadOnlyList<string> Aliases);
