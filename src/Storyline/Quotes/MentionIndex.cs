using Storyline.Entities;

namespace Storyline.Quotes;

/// <summary>Entity mentions of an article looked up by where they start and end.</summary>
internal sealed class MentionIndex
{
    private readonly Dictionary<int, EntityMention> _byEnd = [];
    private readonly Dictionary<int, EntityMention> _byStart = [];

    public MentionIndex(IReadOnlyList<EntityMention> mentions)
    {
        foreach (var mention in mentions)
        {
            _byEnd[mention.Span.End] = mention;
            _byStart.TryAdd(mention.Span.Start, mention);
            _byStart.TryAdd(mention.NameSpan.Start, mention);
        }
    }

    public EntityMention? EndingAt(int offset) => _byEnd.GetValueOrDefault(offset);

    public EntityMention? StartingAt(int offset) => _byStart.GetValueOrDefault(offset);
}
