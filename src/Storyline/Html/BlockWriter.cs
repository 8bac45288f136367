using System.Text;
using AngleSharp.Dom;
using Storyline.Documents;

namespace Storyline.Html;

/// <summary>
/// Writes the text of the article's containers as blocks, one a paragraph, list item, block quote
/// or cross-head, white space collapsed. Inside the containers it leaves out what the measure
/// passed over and what Readability's conditional cleaning leaves out: lists, tables and divisions
/// that are mostly links, hold lists of short items or are mostly pictures, unless they are mostly
/// paragraphs of prose.
/// </summary>
internal sealed class BlockWriter(PageMeasure measure)
{
    /// <summary>Past this many commas a part is prose, whatever else it holds.</summary>
    private const int ProseCommas = 10;

    private readonly List<HtmlBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private int _headingDepth;
    private int _lineLinkChars;
    private int _lineChars;

    public IReadOnlyList<HtmlBlock> Write(IReadOnlyList<IElement> containers)
    {
        foreach (var container in containers)
        {
            Visit(container, inLink: false);
            Flush();
        }

        return _blocks;
    }

    private void Visit(IElement element, bool inLink)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement unmeasured && !measure.TryGet(unmeasured, out _))
            {
                continue;
            }

            switch (child)
            {
                case IText text:
                    Append(text.Data, inLink);
                    break;
                case IElement e when e.LocalName == "br":
                    Flush();
                    break;
                case IElement e when HtmlElements.IsBlock(e):
                    if (Drops(e))
                    {
                        continue;
                    }

                    Flush();
                    var heading = HtmlElements.IsHeading(e);
                    _headingDepth += heading ? 1 : 0;
                    Visit(e, inLink);
                    Flush();
                    _headingDepth -= heading ? 1 : 0;
                    break;
                case IElement e:
                    Visit(e, inLink || e.LocalName == "a");
                    break;
            }
        }
    }

    private bool Drops(IElement element)
    {
        var stats = measure[element];
        if (stats.Chars == 0)
        {
            return true;
        }

        var name = element.LocalName;
        if (name is "p" or "li" or "blockquote" or "pre" || HtmlElements.IsHeading(element))
        {
            return false;
        }

        if (stats.Commas >= ProseCommas)
        {
            return false;
        }

        // A part that is mostly paragraphs of prose is written whatever else it holds (many links,
        // pictures); link lists and galleries inside it are judged one by one below it.
        if (stats.ProseChars * 2 >= stats.Chars)
        {
            return false;
        }

        // A list in the body may link many of its items' words; a list of links is nearly all links.
        var isList = name is "ul" or "ol" || stats.ListChars * 10 > stats.Chars * 9;
        var linkLimit = stats.Hint >= ElementHints.Positive || isList ? 0.5 : 0.2;
        return stats.LinkDensity > linkLimit
            || (!isList && stats.ListItems > stats.Paragraphs && stats.ListItems > 1)
            || (stats.Images > 1 && stats.Paragraphs * 2 < stats.Images);
    }

    private void Append(string data, bool inLink)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                {
                    _line.Append(' ');
                }

                continue;
            }

            _line.Append(c);
            _lineChars++;
            if (inLink)
            {
                _lineLinkChars++;
            }
        }
    }

    private void Flush()
    {
        var linkShare = _lineChars == 0 ? 0 : (double)_lineLinkChars / _lineChars;
        var text = _line.ToString().Trim();
        _line.Clear();
        var chars = _lineChars;
        _lineChars = 0;
        _lineLinkChars = 0;
        if (text.Length == 0 || (linkShare > 0.6 && chars < 300))
        {
            return;
        }

        _blocks.Add(new HtmlBlock(_headingDepth > 0 ? BlockKind.Heading : BlockKind.Paragraph, text));
    }
}
