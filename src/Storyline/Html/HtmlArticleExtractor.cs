using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Html;

/// <summary>
/// The entry of the HTML stage: extracts the article of a web page — its body as blocks (paragraphs,
/// list items, block quotes, cross-heads) and its metadata. The steps run in order:
/// 1. cut scripts, styles and comments out of the markup (<see cref="InertMarkup"/>), parse the
///    rest (AngleSharp) and read the page's metadata (<see cref="HtmlMetadataReader"/>);
/// 2. count text, links and commas for every element in one walk, passing over what is never
///    article text — media, controls, navigation, headers, footers, asides, captions, hidden parts
///    (<see cref="HtmlElements.IsFurniture"/>) — and over parts whose class or id names furniture
///    (<see cref="PageMeasure"/>);
/// 3. find the article's containers by scoring paragraphs into their ancestors (<see cref="MainContentFinder"/>);
/// 4. write their blocks, leaving out link lists and galleries (<see cref="BlockWriter"/>);
/// 5. when that finds too little, fall back: the JSON-LD articleBody when the page gives one, else
///    steps 2 to 4 again without class and id hints.
/// A page that holds no article gives no blocks; the extractor holds no state between pages.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Below this many characters the first pass is taken to have missed the article.</summary>
    private const int MinArticleChars = 250;

    /// <summary>The first pass is also taken to have missed when the page's own articleBody is this
    /// many times longer.</summary>
    private const int ArticleBodyRatio = 3;

    /// <summary>The headline stands among the first blocks (a kicker or a date may come first).</summary>
    private const int TitleBlocks = 3;

    /// <summary>A shorter block that opens the page title is a word of it, not the headline.</summary>
    private const int MinTitlePrefix = 15;

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    /// <summary>Extracts the article of a page given as bytes, decoded by <see cref="HtmlCharset"/>;
    /// null with the reason when the bytes are not text.</summary>
    public (HtmlArticle? Article, string? Refusal) Extract(ReadOnlySpan<byte> page, string? contentType = null, string? url = null)
    {
        var decoded = HtmlCharset.Decode(page, contentType);
        return decoded.Succeeded ? (Extract(decoded.Text, url), null) : (null, decoded.Refusal);
    }

    /// <summary>Extracts the article of a page; <paramref name="url"/>, when known, resolves a relative canonical link.</summary>
    public HtmlArticle Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var page = _parser.ParseDocument(InertMarkup.Strip(html));
        var (metadata, jsonLdBody) = HtmlMetadataReader.Read(page, url);
        if (page.Body is not { } body)
        {
            return new HtmlArticle([], metadata);
        }

        var blocks = Read(body, strict: true);
        var chars = Chars(blocks);
        if (jsonLdBody is not null && Paragraphs(jsonLdBody) is { } declared && Chars(declared) > Math.Max(chars * ArticleBodyRatio, MinArticleChars))
        {
            blocks = declared;
        }
        else if (chars < MinArticleChars)
        {
            blocks = Longest(blocks, Read(body, strict: false));
        }

        return new HtmlArticle(WithoutTitle(Tidy(blocks), [metadata.Title, page.Title]), metadata);
    }

    private static IReadOnlyList<HtmlBlock> Read(IElement body, bool strict)
    {
        var measure = new PageMeasure(body, strict);
        return new BlockWriter(measure).Write(MainContentFinder.Find(body, measure));
    }

    private static IReadOnlyList<HtmlBlock> Longest(params IReadOnlyList<HtmlBlock>[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Chars(candidate) >= MinArticleChars)
            {
                return candidate;
            }
        }

        return candidates.MaxBy(Chars)!;
    }

    private static int Chars(IReadOnlyList<HtmlBlock> blocks) => blocks.Sum(b => b.Text.Length);

    private static List<HtmlBlock>? Paragraphs(string text)
    {
        var blocks = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => new HtmlBlock(BlockKind.Paragraph, string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .ToList();
        return blocks.Count == 0 ? null : blocks;
    }

    /// <summary>A cross-head that no paragraph follows heads something that was left out.</summary>
    private static List<HtmlBlock> Tidy(IReadOnlyList<HtmlBlock> blocks)
    {
        var kept = new List<HtmlBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var followed = i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKind.Paragraph;
            if (block.Kind == BlockKind.Heading && !followed)
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    /// <summary>The headline printed above the body is the title, not body text: a block among the
    /// first few that says the title, or the page title before the site's name ("Dam bursts" in
    /// "Dam bursts | Herald").</summary>
    private static List<HtmlBlock> WithoutTitle(List<HtmlBlock> blocks, string?[] titles)
    {
        var head = Math.Min(blocks.Count, TitleBlocks);
        for (var i = 0; i < head; i++)
        {
            if (titles.Any(t => SaysTitle(blocks[i].Text, t)))
            {
                blocks.RemoveAt(i);
                break;
            }
        }

        return blocks;
    }

    private static bool SaysTitle(string block, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        title = title.Trim();
        if (block.Equals(title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return block.Length >= MinTitlePrefix && title.Length > block.Length
            && title.StartsWith(block, StringComparison.OrdinalIgnoreCase)
            && title[block.Length..].TrimStart() is [ '|' or '-' or '–' or '—' or ':' or '·', ..];
    }
}
