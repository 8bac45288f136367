using AngleSharp.Dom;

namespace Storyline.Html;

/// <summary>
/// What an element's class, id and schema.org attributes say about it. Names are split into words
/// ("article-body", "storyContent" → article, body / story, content) so that "ad" in "header" or
/// "read" in "thread" is never taken for a hint; a positive and a negative word cancel out
/// ("entry-sidebar" says nothing) unless the negative one names a caption, comments or a credit,
/// and a word after "has"/"no"/"with" only describes a layout ("has-sidebar").
/// </summary>
internal static class ElementHints
{
    public const int Positive = 25;
    public const int Negative = -25;

    /// <summary>schema.org's articleBody marks the body outright.</summary>
    public const int ArticleBody = 60;

    private static readonly HashSet<string> PositiveWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "content", "story", "storybody", "body", "entry", "post", "text", "main",
        "blog", "prose", "richtext", "copy", "news", "detail", "paragraph",
    };

    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "share", "sharing", "sharebar", "social", "related", "recirc",
        "recommended", "recommendations", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
        "footer", "sidebar", "promo", "promotion", "ad", "ads", "adslot", "advert", "advertisement",
        "advertising", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "newsletter",
        "subscribe", "subscription", "signup", "caption", "credit", "credits", "byline", "author", "bio",
        "tags", "popup", "overlay", "banner", "masthead", "toolbar", "widget", "outbrain", "taboola",
        "trending", "popular", "teaser", "teasers", "pagination", "pager", "slideshow", "gallery", "timestamp",
        "dateline", "rating", "poll", "disclaimer", "tooltip", "login", "topics", "keywords", "rail",
    };

    /// <summary>Negative words that no positive word cancels: a "news-caption" is a caption.</summary>
    private static readonly HashSet<string> OverridingWords = new(StringComparer.Ordinal)
    {
        "caption", "comment", "comments", "byline", "credit", "credits",
    };

    private static readonly HashSet<string> LayoutPrefixes = new(StringComparer.Ordinal) { "has", "no", "with", "without" };

    /// <summary>The weight of an element's own hints: <see cref="ArticleBody"/>, <see cref="Positive"/>,
    /// <see cref="Negative"/>, or 0 when there are none or they cancel out.</summary>
    public static int Weight(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleBody;
        }

        var names = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(names) && string.IsNullOrEmpty(id))
        {
            return 0;
        }

        var (positive, negative, overriding) = (false, false, false);
        Scan(names, ref positive, ref negative, ref overriding);
        Scan(id, ref positive, ref negative, ref overriding);
        return overriding || (negative && !positive) ? Negative : positive && !negative ? Positive : 0;
    }

    private static void Scan(string? names, ref bool positive, ref bool negative, ref bool overriding)
    {
        if (string.IsNullOrEmpty(names))
        {
            return;
        }

        Span<char> word = stackalloc char[32];
        var length = 0;
        var skipNext = false;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c)
                || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(names[i - 1]));
            if (boundary && length > 0)
            {
                var token = word[..Math.Min(length, word.Length)];
                var isPrefix = LayoutPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
                if (!skipNext)
                {
                    positive |= PositiveWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
                    negative |= NegativeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
                    overriding |= OverridingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
                }

                skipNext = isPrefix;
                length = 0;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
            }
        }
    }
}
