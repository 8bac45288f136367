using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Documents;

namespace Storyline.Html;

/// <summary>
/// Turns an HTML page into scraped-style text, one block element a line, so the text cleaner can
/// separate the article from the page as it does for scraped text. Scripts, styles, navigation,
/// headers, footers, asides and forms are dropped first. The page's title (OpenGraph, then
/// <c>&lt;title&gt;</c>) becomes the title hint when the source gave none. This is the fallback until
/// a main-content extractor scores the page's blocks; the decoded HTML is not kept, so offsets point
/// into the page text this reader produces.
/// </summary>
public sealed class HtmlPageReader
{
    private const string Furniture = "script,style,noscript,template,svg,nav,header,footer,aside,form,iframe,button,select,figure figcaption";

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "dd", "dt", "dl", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr",
    };

    private readonly HtmlParser _parser = new();

    /// <summary>The page as a plain-text document; a document that is not HTML is returned as it is.</summary>
    public RawDocument ToText(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format != DocumentFormat.Html)
        {
            return document;
        }

        using var page = _parser.ParseDocument(document.Text);
        var title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? page.Title;
        foreach (var element in page.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        var text = new StringBuilder();
        if (page.Body is { } body)
        {
            AppendBlocks(body, text);
        }

        var lines = text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var hints = document.Hints with { Title = document.Hints.Title ?? Clean(title) };
        return new RawDocument(document.Id, document.Origin, string.Join('\n', lines), DocumentFormat.PlainText, hints);
    }

    private static void AppendBlocks(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    AppendCollapsed(textNode.Data, text);
                    break;
                case IElement element:
                    var block = BlockElements.Contains(element.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    AppendBlocks(element, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string? Clean(string? title)
    {
        var trimmed = title?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
