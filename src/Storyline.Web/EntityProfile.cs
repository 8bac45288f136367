using Storyline.Dossiers;
using Storyline.Entities;
using Storyline.Export;
using Storyline.Storage.Sqlite;

namespace Storyline.Web;

/// <summary>What one person or organisation said and where they stand, across stories.</summary>
public sealed record EntityProfile(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityQuote> Quotes,
    IReadOnlyList<EntityPosition> Positions,
    IReadOnlyList<string> MentionedIn);

public sealed record EntityQuote(string Text, string Kind, string Article, string? ArticleTitle, string Story, string? Published);

public sealed record EntityPosition(string Story, string Actor, string? Speaker, string Act, string Issue, IReadOnlyList<string> Articles);

/// <summary>Builds an <see cref="EntityProfile"/> from the newest articles that name the entity.</summary>
internal static class EntityProfiles
{
    private static readonly DossierBuilder Dossiers = new();

    public static EntityProfile Build(CatalogEntry entry, SqliteArchive archive, CatalogView catalog)
    {
        var name = entry.CanonicalName;
        var articles = archive.ArticlesNaming(entry.Aliases.Append(name), Limits.EntityArticles)
            .Select(catalog.Name)
            .Where(a => a.Entities.Any(e => e.Name == name) || a.Quotes.Any(q => q.Speaker == name))
            .ToList();
        var quotes = articles
            .SelectMany(a => a.Quotes.Where(q => q.Speaker == name).Select(q => new EntityQuote(q.Text, q.Kind, a.Id, a.Title, a.Story, a.Published)))
            .ToList();
        var positions = articles
            .GroupBy(a => a.Story, StringComparer.Ordinal)
            .SelectMany(story => Dossiers.Build([.. story]).Positions
                .Where(p => p.Actor == name || p.Speaker == name)
                .Select(p => new EntityPosition(story.Key, p.Actor, p.Speaker, p.Act, p.Issue, p.Articles)))
            .ToList();
        return new EntityProfile(entry.Id, name, TypeName(entry.Type), entry.Aliases, quotes, positions, [.. articles.Select(a => a.Id)]);
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organisation",
        EntityType.GeoPolitical => "place",
        EntityType.Location => "location",
        EntityType.Event => "event",
        _ => "other",
    };
}
