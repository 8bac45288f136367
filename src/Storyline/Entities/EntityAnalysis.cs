using Storyline.Documents;

namespace Storyline.Entities;

/// <summary>
/// The names of one article: each mention and the entity it names, and the places written inside
/// longer names (<see cref="Nested"/>), which are reported but never read as speakers or actors.
/// </summary>
public sealed record EntityAnalysis(
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<int> EntityOfMention)
{
    public IReadOnlyList<EntityMention> Nested { get; init; } = [];

    /// <summary>The names of an article that names nothing.</summary>
    public static EntityAnalysis Empty { get; } = new([], [], []);

    /// <summary>The entity of the mention lying within <paramref name="span"/>, the last one when several do.</summary>
    public ArticleEntity? EntityWithin(TextSpan span)
    {
        ArticleEntity? found = null;
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (span.Contains(Mentions[i].NameSpan))
            {
                found = Entities[EntityOfMention[i]];
            }
        }

        return found;
    }

    /// <summary>The entity of the last mention that ends before <paramref name="offset"/> and matches <paramref name="accept"/>.</summary>
    public ArticleEntity? LastBefore(int offset, Func<ArticleEntity, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i].Span.End <= offset && accept(Entities[EntityOfMention[i]]))
            {
                return Entities[EntityOfMention[i]];
            }
        }

        return null;
    }

    /// <summary>The entity of the first mention that starts at or after <paramref name="offset"/>, within
    /// <paramref name="reach"/> characters, and matches <paramref name="accept"/>.</summary>
    public ArticleEntity? FirstAfter(int offset, int reach, Func<ArticleEntity, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (Mentions[i].Span.Start >= offset && Mentions[i].Span.Start < offset + reach && accept(Entities[EntityOfMention[i]]))
            {
                return Entities[EntityOfMention[i]];
            }
        }

        return null;
    }
}
