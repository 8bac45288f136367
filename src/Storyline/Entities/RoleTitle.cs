namespace Storyline.Entities;

/// <summary>A title written before a name ("Foreign Minister") and the role nouns that refer back to its holder.</summary>
public sealed record RoleTitle(string Title, IReadOnlyList<string> RoleNouns);
