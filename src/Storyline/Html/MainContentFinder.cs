using AngleSharp.Dom;

namespace Storyline.Html;

/// <summary>
/// Finds the elements that hold the article, after the published description of Readability:
/// every paragraph scores its ancestors (1 point, one per comma, one per 100 characters up to 3,
/// less its share of link text), the parent in full, the grandparent a half, higher ancestors less;
/// each container starts from its kind and its class and id hints and ends scaled by the share of
/// its text that is not link text. The best container wins; when several near-best ones share an
/// ancestor, or a parent scores higher, the ancestor wins; siblings that score well or read as
/// prose join it. A container marked as the article body (schema.org articleBody) that holds prose
/// wins outright.
/// </summary>
internal static class MainContentFinder
{
    private const int AncestorLevels = 5;
    private const int NearBestNeeded = 3;
    private const double NearBestShare = 0.75;
    private const int MinDeclaredProse = 200;

    public static IReadOnlyList<IElement> Find(IElement body, PageMeasure measure)
    {
        // A page that marks its article body is taken at its word when the mark holds prose.
        if (measure.DeclaredBodies.MaxBy(e => measure[e].ProseChars) is { } declared && measure[declared].ProseChars >= MinDeclaredProse)
        {
            return [declared];
        }

        var candidates = Score(measure);
        if (candidates.Count == 0)
        {
            return [body];
        }

        var best = candidates.MaxBy(c => measure[c].Score!.Value)!;
        var top = PreferSharedAncestor(best, candidates, measure, body);
        top = ClimbWhileParentScoresHigher(top, measure, body);
        return WithChunks(best, WithSiblings(top, measure, body), candidates, measure);
    }

    /// <summary>Pages that cut the article into chunks between advertisements give each chunk the
    /// tag and class of the best-scoring one: those that score well and lie outside the chosen
    /// containers join them, in reading order.</summary>
    private static List<IElement> WithChunks(IElement best, List<IElement> chosen, List<IElement> candidates, PageMeasure measure)
    {
        var name = best.GetAttribute("class");
        if (string.IsNullOrEmpty(name))
        {
            return chosen;
        }

        var threshold = Math.Max(10, (measure[best].Score ?? 0) * 0.2);
        var chunks = candidates
            .Where(c => c.LocalName == best.LocalName && c.GetAttribute("class") == name && measure[c].Score >= threshold)
            .Where(c => !chosen.Any(k => k.Contains(c) || c.Contains(k)))
            .ToList();
        if (chunks.Count == 0)
        {
            return chosen;
        }

        chosen.AddRange(chunks);
        chosen.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return chosen;
    }

    private static List<IElement> Score(PageMeasure measure)
    {
        var candidates = new List<IElement>();
        foreach (var paragraph in measure.Paragraphs)
        {
            if (paragraph.LocalName == "h1")
            {
                continue;
            }

            var own = measure[paragraph];
            var linkShare = own.InlineChars == 0 ? 0 : (double)own.InlineLinkChars / own.InlineChars;
            var points = (1 + own.InlineCommas + Math.Min(own.InlineChars / 100.0, 3)) * (1 - linkShare);
            // Loose text in a division is a paragraph of that division (Readability wraps it in one).
            var ancestor = paragraph.LocalName is "div" or "section" or "article" or "main" or "form" or "center"
                ? paragraph
                : paragraph.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null && measure.TryGet(ancestor, out var stats); level++, ancestor = ancestor.ParentElement)
            {
                if (stats.Score is null)
                {
                    stats.Score = HtmlElements.TagWeight(ancestor) + stats.Hint;
                    candidates.Add(ancestor);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                stats.Score += points / divider;
            }
        }

        foreach (var candidate in candidates)
        {
            var stats = measure[candidate];
            stats.Score *= 1 - stats.LinkDensity;
        }

        return candidates;
    }

    /// <summary>When the article is split over several containers of near-equal score, their common
    /// ancestor is the article.</summary>
    private static IElement PreferSharedAncestor(IElement top, List<IElement> candidates, PageMeasure measure, IElement body)
    {
        var best = measure[top].Score!.Value;
        if (best <= 0)
        {
            return top;
        }

        var nearBest = candidates
            .Where(c => c != top && measure[c].Score >= best * NearBestShare)
            .ToList();
        if (nearBest.Count < NearBestNeeded)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            var inside = nearBest.Count(c => ancestor.Contains(c));
            if (inside >= NearBestNeeded)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static IElement ClimbWhileParentScoresHigher(IElement top, PageMeasure measure, IElement body)
    {
        var last = measure[top].Score ?? 0;
        var threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!measure.TryGet(parent, out var stats) || stats.Score is not { } score)
            {
                continue;
            }

            if (score < threshold)
            {
                break;
            }

            if (score > last)
            {
                top = parent;
                break;
            }

            last = score;
        }

        // A container that is its parent's only child says nothing its parent does not.
        while (top != body && top.ParentElement is { } only && only.ChildElementCount == 1)
        {
            top = only;
        }

        return top;
    }

    private static List<IElement> WithSiblings(IElement top, PageMeasure measure, IElement body)
    {
        if (top == body || top.ParentElement is not { } parent)
        {
            return [top];
        }

        var topStats = measure[top];
        var threshold = Math.Max(10, (topStats.Score ?? 0) * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            if (!measure.TryGet(sibling, out var stats))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? (topStats.Score ?? 0) * 0.2 : 0;
            if ((stats.Score ?? double.MinValue) + bonus >= threshold || ReadsAsProse(sibling, stats))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private static bool ReadsAsProse(IElement element, ElementStats stats)
    {
        if (element.LocalName != "p" || stats.Hint < 0)
        {
            return false;
        }

        if (stats.Chars > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        return stats.Chars > 0 && stats.LinkChars == 0 && element.TextContent.TrimEnd().EndsWith('.');
    }
}
