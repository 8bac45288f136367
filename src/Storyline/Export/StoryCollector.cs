namespace Storyline.Export;

/// <summary>Gathers articles by the story they belong to, in the order the stories first appear.</summary>
internal sealed class StoryCollector
{
    private readonly Dictionary<string, List<ArticleRecord>> _byStory = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Add(ArticleRecord article)
    {
        if (!_byStory.TryGetValue(article.Story, out var members))
        {
            members = [];
            _byStory.Add(article.Story, members);
            _order.Add(article.Story);
        }

        members.Add(article);
    }

    public IEnumerable<StoryRecord> Stories()
    {
        foreach (var id in _order)
        {
            var members = _byStory[id];
            var first = members
                .OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal)
                .First();
            yield return new StoryRecord(
                Id: id,
                Title: first.Title ?? first.Id,
                Articles: [.. members.Select(a => a.Id)],
                Summary: [],
                Timeline: [],
                Claims: [],
                Positions: []);
        }
    }
}
