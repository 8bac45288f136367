namespace Storyline.Entities;

/// <summary>
/// One real-world entity of an article with all its mentions (indexes into
/// <see cref="EntityAnalysis.Mentions"/>). <see cref="Name"/> is its fullest name in the article;
/// <see cref="Title"/> and <see cref="Affiliation"/> the role and country or organisation the article gives it.
/// </summary>
public sealed record ArticleEntity(
    int Index,
    string Name,
    EntityType Type,
    IReadOnlyList<int> Mentions,
    RoleTitle? Title,
    string? Affiliation);
