using AngleSharp.Dom;

namespace Storyline.Html;

/// <summary>What one element holds, counted once for the whole page from the leaves up, so that no
/// later step reads the text of a large subtree again.</summary>
internal sealed class ElementStats
{
    /// <summary>Characters of text, white space not counted.</summary>
    public int Chars { get; set; }

    /// <summary>Characters of text inside links.</summary>
    public int LinkChars { get; set; }

    public int Commas { get; set; }

    /// <summary>Text of the element's own line: its text nodes and inline children, not its blocks.</summary>
    public int InlineChars { get; set; }

    public int InlineLinkChars { get; set; }

    public int InlineCommas { get; set; }

    /// <summary>Text blocks (paragraphs) in the subtree, the element itself included.</summary>
    public int Paragraphs { get; set; }

    /// <summary>Text of the subtree's paragraphs that are mostly not links: what reads as prose.</summary>
    public int ProseChars { get; set; }

    public int Images { get; set; }

    public int ListItems { get; set; }

    /// <summary>Text inside list items.</summary>
    public int ListChars { get; set; }

    /// <summary>The element's class and id hint (<see cref="ElementHints"/>).</summary>
    public int Hint { get; set; }

    /// <summary>The content score gathered from the paragraphs below; null when none scored it.</summary>
    public double? Score { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}

/// <summary>
/// Counts text, links, commas, paragraphs and images for every element of a page in one walk from the
/// leaves up. An element is a text block (a paragraph) when its own line holds at least
/// <see cref="MinParagraphChars"/> characters. Furniture (<see cref="HtmlElements.IsFurniture"/>) is
/// passed over as if it were not on the page: it is neither counted nor written. A strict measure
/// also passes over the parts whose class or id names page furniture (comments, related links,
/// sidebars...).
/// </summary>
internal sealed class PageMeasure
{
    public const int MinParagraphChars = 25;

    /// <summary>Elements nested deeper than this are not read: no article is, and the walk must
    /// not exhaust the stack on a page built to do so.</summary>
    private const int MaxDepth = 400;

    /// <summary>A paragraph with less link text than this share is prose.</summary>
    private const double ProseLinkShare = 0.3;

    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _paragraphs = [];
    private readonly List<IElement> _declaredBodies = [];

    private readonly bool _strict;
    private readonly IElement _root;

    public PageMeasure(IElement root, bool strict)
    {
        _strict = strict;
        _root = root;
        Measure(root, inLink: false);
    }

    /// <summary>Elements marked as the article body (schema.org articleBody).</summary>
    public IReadOnlyList<IElement> DeclaredBodies => _declaredBodies;

    /// <summary>The text blocks, each after the blocks inside it.</summary>
    public IReadOnlyList<IElement> Paragraphs => _paragraphs;

    public ElementStats this[IElement element] => _stats[element];

    /// <summary>Whether the element was measured; false for the parts a strict measure passes over.</summary>
    public bool TryGet(IElement element, out ElementStats stats) => _stats.TryGetValue(element, out stats!);

    private ElementStats? Measure(IElement element, bool inLink, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var isRoot = _stats.Count == 0 && element == _root;
        if (!isRoot && HtmlElements.IsFurniture(element))
        {
            return null;
        }

        var stats = new ElementStats { Hint = ElementHints.Weight(element) };
        if (_strict && stats.Hint < 0 && !isRoot)
        {
            return null;
        }

        var isLink = inLink || element.LocalName == "a";
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                var (chars, commas) = Count(text.Data);
                stats.Chars += chars;
                stats.InlineChars += chars;
                stats.Commas += commas;
                stats.InlineCommas += commas;
                if (isLink)
                {
                    stats.LinkChars += chars;
                    stats.InlineLinkChars += chars;
                }
            }
            else if (child is IElement childElement && Measure(childElement, isLink, depth + 1) is { } inner)
            {
                stats.Chars += inner.Chars;
                stats.LinkChars += inner.LinkChars;
                stats.Commas += inner.Commas;
                stats.Paragraphs += inner.Paragraphs;
                stats.ProseChars += inner.ProseChars;
                stats.Images += inner.Images + (childElement.LocalName == "img" ? 1 : 0);
                var isItem = childElement.LocalName == "li";
                stats.ListItems += inner.ListItems + (isItem ? 1 : 0);
                stats.ListChars += isItem ? inner.Chars : inner.ListChars;
                if (!HtmlElements.IsBlock(childElement))
                {
                    stats.InlineChars += inner.Chars;
                    stats.InlineLinkChars += inner.LinkChars;
                    stats.InlineCommas += inner.Commas;
                }
            }
        }

        if (HtmlElements.IsBlock(element) && stats.InlineChars >= MinParagraphChars)
        {
            stats.Paragraphs++;
            if (stats.InlineLinkChars < stats.InlineChars * ProseLinkShare)
            {
                stats.ProseChars += stats.InlineChars;
            }

            _paragraphs.Add(element);
        }

        if (stats.Hint == ElementHints.ArticleBody)
        {
            _declaredBodies.Add(element);
        }

        _stats[element] = stats;
        return stats;
    }

    private static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }
}
