using Storyline.Dossiers;

namespace Storyline.Export;

/// <summary>Gathers articles by the story they belong to, in the order the stories first appear, and
/// writes each story with its dossier.</summary>
internal sealed class StoryCollector
{
    private readonly DossierBuilder _dossiers = new();
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
            var dossier = _dossiers.Build(members);
            yield return new StoryRecord(
                Id: id,
                Title: first.Title ?? first.Id,
                Articles: [.. members.Select(a => a.Id)],
                Summary: dossier.Summary,
                Timeline: dossier.Timeline,
                Claims: dossier.Claims,
                Positions: dossier.Positions,
                Coverage: dossier.Coverage);
        }
    }
}
