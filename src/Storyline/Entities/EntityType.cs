namespace Storyline.Entities;

/// <summary>What an entity is. <see cref="Nationality"/> covers demonyms ("Ukrainian", "Russians").</summary>
public enum EntityType
{
    Person,
    Organization,
    GeoPolitical,
    Location,
    Nationality,
    Event,
    Other,
}
