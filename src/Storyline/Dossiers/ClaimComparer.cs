using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>
/// Sets the figures that a story's sources give for the same thing side by side. Figures are grouped
/// by <see cref="FigureSubject"/>; within a subject, figures more than <see cref="SameThingRatio"/>
/// times apart count different things ("100 troops killed", "100,000 troops massed") and form
/// separate claims. A claim is kept when at least two independent reports give a figure for it; it
/// disagrees when two independent reports' figures do not agree by <see cref="FigureAgreement"/>.
/// A re-published copy is listed with its original's figure and never counted as a source of its own.
/// </summary>
internal static class ClaimComparer
{
    private const double SameThingRatio = 3;

    public static IReadOnlyList<ClaimRecord> Compare(StoryArticles story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var bySubject = new Dictionary<string, List<Stated>>(StringComparer.Ordinal);
        var subjects = new List<string>();
        foreach (var article in story.InOrder)
        {
            var source = story.SourceOf(article);
            foreach (var figure in article.Numbers)
            {
                if (FigureSubject.Of(figure) is not { } subject)
                {
                    continue;
                }

                if (!bySubject.TryGetValue(subject, out var stated))
                {
                    stated = [];
                    bySubject.Add(subject, stated);
                    subjects.Add(subject);
                }

                stated.Add(new Stated(figure, article.Id, source, article.DuplicateOf is not null));
            }
        }

        var claims = new List<ClaimRecord>();
        foreach (var subject in subjects)
        {
            foreach (var group in SplitByMagnitude(bySubject[subject]))
            {
                if (group.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count() >= 2)
                {
                    claims.Add(new ClaimRecord(subject, ValuesOf(group), Disagrees(group)));
                }
            }
        }

        return claims;
    }

    /// <summary>Splits the numeric figures where two neighbours in size are too far apart to count the same
    /// thing; vague figures join the group most reports speak of.</summary>
    private static List<List<Stated>> SplitByMagnitude(List<Stated> stated)
    {
        var groups = new List<List<Stated>>();
        double? previous = null;
        foreach (var figure in stated.Where(s => s.Figure.Value is not null).OrderBy(s => Math.Abs(s.Figure.Value!.Value)))
        {
            var size = Math.Abs(figure.Figure.Value!.Value);
            if (previous is not { } last || size > last * SameThingRatio)
            {
                groups.Add([]);
            }

            groups[^1].Add(figure);
            previous = size;
        }

        var vague = stated.Where(s => s.Figure.Value is null).ToList();
        if (vague.Count > 0)
        {
            if (groups.Count == 0)
            {
                groups.Add([]);
            }

            groups.MaxBy(g => g.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count())!.AddRange(vague);
        }

        return groups;
    }

    private static List<ClaimValueRecord> ValuesOf(List<Stated> group) =>
        [.. group
            .GroupBy(s => (Value: ValueKey(s.Figure), s.Figure.Qualifier))
            .Select(g => new ClaimValueRecord(
                g.First().Figure.Value is { } number ? number : g.Key.Value,
                g.Key.Qualifier,
                [.. g.Select(s => s.Article).Distinct(StringComparer.Ordinal)],
                g.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count(),
                [.. g.Select(s => s.Figure.Sentence).OfType<string>().Distinct(StringComparer.Ordinal)]))];

    private static string ValueKey(NumberRecord figure) =>
        figure.Value is { } number ? number.ToString("R") : figure.Text.ToLowerInvariant();

    private static bool Disagrees(List<Stated> group)
    {
        var independent = group.Where(s => !s.IsCopy && s.Figure.Value is not null).ToList();
        for (var i = 0; i < independent.Count; i++)
        {
            for (var j = i + 1; j < independent.Count; j++)
            {
                var (a, b) = (independent[i], independent[j]);
                if (a.Source != b.Source
                    && !FigureAgreement.Agree(a.Figure.Value!.Value, a.Figure.Qualifier, b.Figure.Value!.Value, b.Figure.Qualifier))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed record Stated(NumberRecord Figure, string Article, string Source, bool IsCopy);
}
