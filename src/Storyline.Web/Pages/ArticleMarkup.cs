using Storyline.Export;
using Storyline.Reports;
using Storyline.Web.Markup;

namespace Storyline.Web.Pages;

/// <summary>
/// An article's clean text as paragraphs with its quotations, entity mentions and figures marked. Each
/// character belongs to at most one quotation and at most one mark inside it; a mark that would overlap
/// one already placed is left out, longer mentions being placed first ("Interior Minister Ilona Mareck"
/// before "Ilona Mareck"). The first occurrence of each quotation carries the anchor its links point to.
/// </summary>
internal sealed class ArticleMarkup
{
    private const int None = -1;
    private const int FigureMark = -2;

    private readonly string _text;
    private readonly ArticleRecord _article;
    private readonly CatalogView _catalog;
    private readonly int[] _quoteAt;
    private readonly int[] _markAt;
    private readonly HashSet<string> _anchorsPlaced = new(StringComparer.Ordinal);
    private readonly int[] _quoteEnd;

    private ArticleMarkup(ArticleRecord article, CatalogView catalog)
    {
        _article = article;
        _catalog = catalog;
        _text = article.Text;
        _quoteAt = new int[_text.Length];
        _markAt = new int[_text.Length];
        _quoteEnd = new int[article.Quotes.Count];
        Array.Fill(_quoteAt, None);
        Array.Fill(_markAt, None);
    }

    public static HtmlContent Render(ArticleRecord article, CatalogView catalog)
    {
        var markup = new ArticleMarkup(article, catalog);
        markup.PlaceQuotes();
        markup.PlaceMarks();
        return markup.Paragraphs();
    }

    private void PlaceQuotes()
    {
        var from = 0;
        for (var q = 0; q < _article.Quotes.Count; q++)
        {
            var quote = _article.Quotes[q].Text;
            if (quote.Length == 0)
            {
                continue;
            }

            var start = _text.IndexOf(quote, from, StringComparison.Ordinal);
            if (start < 0)
            {
                start = _text.IndexOf(quote, StringComparison.Ordinal);
            }

            if (start < 0 || !Free(_quoteAt, start, quote.Length))
            {
                continue;
            }

            Array.Fill(_quoteAt, q, start, quote.Length);
            _quoteEnd[q] = start + quote.Length;
            from = start + quote.Length;
        }
    }

    private void PlaceMarks()
    {
        var marks = _article.Entities
            .SelectMany((e, i) => e.Mentions.Append(e.Name).Select(m => (Text: m, Mark: i)))
            .Concat(_article.Numbers.Select(n => (n.Text, Mark: FigureMark)))
            .Where(m => m.Text.Length > 0)
            .OrderByDescending(m => m.Text.Length);
        foreach (var (text, mark) in marks)
        {
            for (var at = _text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                if (WholeWords(at, text.Length) && Free(_markAt, at, text.Length) && WithinOneQuote(at, text.Length))
                {
                    Array.Fill(_markAt, mark, at, text.Length);
                }
            }
        }
    }

    private HtmlContent Paragraphs()
    {
        var paragraphs = new List<HtmlContent>();
        var start = 0;
        while (start < _text.Length)
        {
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            if (!string.IsNullOrWhiteSpace(_text[start..end]))
            {
                paragraphs.Add(Fragment.Of($"<p>{Runs(start, end)}</p>"));
            }

            start = end + 1;
        }

        return Fragment.Join(paragraphs);
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> as quotation runs, each holding mark runs.</summary>
    private HtmlContent Runs(int start, int end)
    {
        var parts = new List<HtmlContent>();
        for (var i = start; i < end;)
        {
            var quote = _quoteAt[i];
            var j = i;
            while (j < end && _quoteAt[j] == quote)
            {
                j++;
            }

            parts.Add(quote == None ? Marks(i, j) : Quote(quote, i, j));
            i = j;
        }

        return Fragment.Join(parts);
    }

    private HtmlContent Quote(int index, int start, int end)
    {
        var quote = _article.Quotes[index];
        var anchor = Links.QuoteAnchor(quote.Text);
        var id = _anchorsPlaced.Add(anchor) ? Fragment.Of($" id=\"{anchor}\"") : HtmlContent.Empty;
        var kind = quote.Kind == "direct" ? "quote" : "quote indirect";
        var speaker = end == _quoteEnd[index]
            ? Fragment.Of($" <span class=\"speaker\">({(quote.Speaker is null ? Fragment.Text("unattributed") : StoryPage.Name(quote.Speaker, _catalog))})</span>")
            : HtmlContent.Empty;
        return Fragment.Of($"<span class=\"{kind}\"{id}>{Marks(start, end)}</span>{speaker}");
    }

    private HtmlContent Marks(int start, int end)
    {
        var parts = new List<HtmlContent>();
        for (var i = start; i < end;)
        {
            var mark = _markAt[i];
            var j = i;
            while (j < end && _markAt[j] == mark)
            {
                j++;
            }

            var text = _text[i..j];
            parts.Add(mark switch
            {
                None => Fragment.Text(text),
                FigureMark => Fragment.Of($"<span class=\"figure\">{text}</span>"),
                _ => Entity(_article.Entities[mark], text),
            });
            i = j;
        }

        return Fragment.Join(parts);
    }

    private HtmlContent Entity(EntityRecord entity, string text)
    {
        var kind = entity.Type.ToLowerInvariant();
        return _catalog.IdOf(entity.Name) is { } id
            ? Fragment.Of($"<a class=\"entity {kind}\" href=\"{Links.Entity(id)}\">{text}</a>")
            : Fragment.Of($"<span class=\"entity {kind}\">{text}</span>");
    }

    private static bool Free(int[] owner, int start, int length) => Array.TrueForAll(owner[start..(start + length)], o => o == None);

    private bool WithinOneQuote(int start, int length) => Array.TrueForAll(_quoteAt[start..(start + length)], q => q == _quoteAt[start]);

    private bool WholeWords(int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(_text[start - 1]))
        && (start + length == _text.Length || !char.IsLetterOrDigit(_text[start + length]));
}
