using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Storyline.Html;

/// <summary>
/// Reads what a page says about itself, most explicit source first: JSON-LD, then OpenGraph and
/// the article, Parse.ly, Dublin Core and plain meta tags, then marked-up elements (a
/// <c>&lt;time&gt;</c> marked as the publication time, a byline marked as the author). An
/// unmarked <c>&lt;time&gt;</c> or date in the text is never taken: a page prints many dates
/// (its clock, related articles, comments) and a wrong date is worse than none.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date", "pubdate",
        "publishdate", "publish-date", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.issued",
        "dcterms.created", "dc.date.created", "sailthru.date", "citation_publication_date", "article.published",
        "originalpublicationdate",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated",
    ];

    private static readonly string[] AuthorMeta = ["author", "parsely-author", "dc.creator", "sailthru.author", "byl", "article:author"];

    private static readonly string[] TitleMeta = ["og:title", "twitter:title", "parsely-title", "dc.title", "title"];

    private static readonly string[] SiteMeta = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];

    private const int MaxAuthorLength = 80;

    public static (HtmlMetadata Metadata, string? JsonLdBody) Read(IHtmlDocument page, string? url)
    {
        var meta = MetaTags(page);
        var jsonLd = JsonLdArticle.Read(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var site = Clean(jsonLd?.Publisher) ?? First(meta, SiteMeta);
        if (site is not null && site.StartsWith('@'))
        {
            site = site[1..];
        }

        var published = PageDate.Parse(jsonLd?.Published)
            ?? FirstDate(meta, PublishedMeta)
            ?? PageDate.Parse(MarkedTime(page, "datePublished"));
        var modified = PageDate.Parse(jsonLd?.Modified)
            ?? FirstDate(meta, ModifiedMeta)
            ?? PageDate.Parse(MarkedTime(page, "dateModified"));
        if (published is { } p && modified is { } m && m < p)
        {
            modified = null;
        }

        var metadata = new HtmlMetadata(
            Title: PageTitle(page, jsonLd, meta, site),
            Published: published,
            Modified: modified,
            Author: Author(jsonLd?.Author) ?? Author(First(meta, AuthorMeta)) ?? Author(Byline(page)),
            SiteName: site,
            Language: Language(jsonLd?.Language) ?? Language(page.DocumentElement.GetAttribute("lang"))
                ?? Language(First(meta, ["og:locale", "content-language", "language", "dc.language"])),
            CanonicalUrl: Absolute(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? First(meta, ["og:url"]) ?? jsonLd?.Url, url));
        return (metadata, jsonLd?.Body);
    }

    /// <summary>Meta tags by lower-cased name, property, itemprop or http-equiv; the first of each wins.</summary>
    private static Dictionary<string, string> MetaTags(IHtmlDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in page.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    tags.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                }
            }
        }

        return tags;
    }

    private static string? First(Dictionary<string, string> meta, ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && Clean(value) is { } clean)
            {
                return clean;
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(Dictionary<string, string> meta, ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && PageDate.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A time element (or any element) marked with the schema.org property, or the HTML
    /// <c>pubdate</c> attribute for the publication date.</summary>
    private static string? MarkedTime(IHtmlDocument page, string property)
    {
        var marked = page.QuerySelector($"[itemprop='{property}']")
            ?? (property == "datePublished" ? page.QuerySelector("time[pubdate]") : null);
        return marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content") ?? marked?.TextContent;
    }

    private static string? PageTitle(IHtmlDocument page, JsonLdArticle? jsonLd, Dictionary<string, string> meta, string? site)
    {
        var title = Clean(jsonLd?.Headline) ?? First(meta, TitleMeta) ?? Clean(page.QuerySelector("h1")?.TextContent) ?? Clean(page.Title);
        return title is null ? null : WithoutSiteName(Collapse(title), site);
    }

    /// <summary>"Dam bursts | The Herald" → "Dam bursts" when the part after the bar is the site's name.</summary>
    private static string WithoutSiteName(string title, string? site)
    {
        if (site is null)
        {
            return title;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " · "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title[(at + separator.Length)..].Trim().Equals(site, StringComparison.OrdinalIgnoreCase))
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static string? Byline(IHtmlDocument page)
    {
        var marked = page.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'], .byline .author, .author-name");
        return marked?.TextContent;
    }

    /// <summary>A person's or desk's name: "By " dropped; a link, an e-mail address or a line of text is not a name.</summary>
    private static string? Author(string? value)
    {
        if (Clean(value) is not { } name)
        {
            return null;
        }

        name = Collapse(name);
        if (name.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[3..].Trim();
        }

        var looksLikeName = name.Length is > 1 and <= MaxAuthorLength
            && !name.Contains("://", StringComparison.Ordinal)
            && !name.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && !name.Contains('@')
            && name.Any(char.IsLetter);
        return looksLikeName ? name : null;
    }

    /// <summary>An ISO 639-1 code from a language tag ("en-US", "en_GB", "pt-br").</summary>
    private static string? Language(string? tag)
    {
        if (Clean(tag) is not { } value)
        {
            return null;
        }

        var end = value.IndexOfAny(['-', '_']);
        var code = (end < 0 ? value : value[..end]).ToLowerInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Absolute(string? href, string? pageUrl)
    {
        if (Clean(href) is not { } value)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, value, out var resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// A publication date as a page writes it in machine-readable form: ISO 8601 (a date, or a date
/// and time whose calendar date is taken as written, not moved to UTC) or an RFC 1123 date. Dates
/// before the web's news sites or far in the future are not trusted.
/// </summary>
internal static class PageDate
{
    private const int FirstYear = 1995;

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        DateOnly date;
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] is '-' or '/' && text[7] is '-' or '/'
            && (text.Length == 10 || !char.IsAsciiDigit(text[10]))
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month))
        {
            date = new DateOnly(year, month, day);
        }
        else if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            || DateTimeOffset.TryParseExact(text, "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
        }
        else
        {
            return null;
        }

        return date.Year >= FirstYear && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) ? date : null;
    }
}
