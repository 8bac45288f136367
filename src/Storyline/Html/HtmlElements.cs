using AngleSharp.Dom;

namespace Storyline.Html;

/// <summary>How the extractor treats each kind of element.</summary>
internal static class HtmlElements
{
    /// <summary>Never article text: code, media, controls, navigation, page headers and footers,
    /// asides and captions.</summary>
    private static readonly HashSet<string> FurnitureElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "map", "button", "select", "option", "input", "textarea", "label", "nav", "aside", "footer", "header",
        "figcaption", "dialog", "menu", "head", "title", "meta", "link",
    };

    /// <summary>ARIA roles of the parts of a page around its content.</summary>
    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "alert", "menu", "menubar", "search",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
    };

    /// <summary>Whether the element is never article text: a furniture element, or one hidden from
    /// readers or given a furniture role.</summary>
    public static bool IsFurniture(IElement element)
    {
        if (FurnitureElements.Contains(element.LocalName))
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden")
            || element.GetAttribute("aria-hidden") == "true"
            || (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role))
            || element.GetAttribute("itemprop") is "comment" or "video")
        {
            return true;
        }

        return element.GetAttribute("style") is { } style
            && style.Contains("display", StringComparison.OrdinalIgnoreCase)
            && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The score a container starts from, by what kind of element it is (Readability's
    /// weights: a division is the usual wrapper of text, a list or a form rarely is).</summary>
    public static int TagWeight(IElement element) => element.LocalName switch
    {
        "article" => 10,
        "div" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };
}
