using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>
/// Builds the dossier of one story from the exchange records of its articles: summary
/// (<see cref="SummaryWriter"/>), timeline (<see cref="TimelineBuilder"/>), figures compared across
/// sources (<see cref="ClaimComparer"/>), positions (<see cref="PositionReader"/>) and coverage
/// (<see cref="CoverageMapper"/>). Holds only its
/// options, so one instance serves every story.
/// </summary>
public sealed class DossierBuilder(DossierOptions options)
{
    public DossierBuilder()
        : this(DossierOptions.Default)
    {
    }

    public Dossier Build(IReadOnlyList<ArticleRecord> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var story = new StoryArticles(articles);
        return new Dossier(
            Summary: SummaryWriter.Write(story, options),
            Timeline: TimelineBuilder.Build(story),
            Claims: ClaimComparer.Compare(story),
            Positions: PositionReader.Read(story),
            Coverage: CoverageMapper.Map(story));
    }
}
