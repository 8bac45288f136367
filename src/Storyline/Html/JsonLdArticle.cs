using System.Text.Json;

namespace Storyline.Html;

/// <summary>
/// The article a page describes in its JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>):
/// the first object typed as an article (NewsArticle, BlogPosting, ReportageNewsArticle...) found
/// in any script, inside <c>@graph</c> lists and nested objects included; else the first WebPage.
/// A script that is not valid JSON is passed over.
/// </summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? Published,
    string? Modified,
    string? Author,
    string? Publisher,
    string? Language,
    string? Url,
    string? Body)
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? page = null;
        foreach (var script in scripts)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(script, Lenient);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                var (article, webPage) = Find(document.RootElement, depth: 0);
                if (article is { } found)
                {
                    return From(found);
                }

                if (page is null && webPage is { } other)
                {
                    page = From(other);
                }
            }
        }

        return page;
    }

    private static (JsonElement? Article, JsonElement? WebPage) Find(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return (null, null);
        }

        JsonElement? webPage = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    var (article, page) = Find(item, depth + 1);
                    if (article is not null)
                    {
                        return (article, null);
                    }

                    webPage ??= page;
                }

                break;
            case JsonValueKind.Object:
                var kind = TypeOf(element);
                if (IsArticleType(kind))
                {
                    return (element, null);
                }

                if (kind == TypeKind.WebPage)
                {
                    webPage = element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                        && property.Name is "@graph" or "mainEntity" or "mainEntityOfPage" or "itemListElement" or "hasPart")
                    {
                        var (article, page) = Find(property.Value, depth + 1);
                        if (article is not null)
                        {
                            return (article, null);
                        }

                        webPage ??= page;
                    }
                }

                break;
        }

        return (null, webPage);
    }

    private enum TypeKind
    {
        Other,
        Article,
        WebPage,
    }

    private static bool IsArticleType(TypeKind kind) => kind == TypeKind.Article;

    private static TypeKind TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return TypeKind.Other;
        }

        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString() ?? ""],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "").ToArray(),
            _ => Array.Empty<string>(),
        };
        if (names.Any(n => n.EndsWith("Article", StringComparison.Ordinal) || n is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting"))
        {
            return TypeKind.Article;
        }

        return names.Any(n => n.EndsWith("WebPage", StringComparison.Ordinal)) ? TypeKind.WebPage : TypeKind.Other;
    }

    private static JsonLdArticle From(JsonElement article) => new(
        Headline: Text(article, "headline") ?? Text(article, "name"),
        Published: Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Modified: Text(article, "dateModified"),
        Author: Names(article, "author") ?? Names(article, "creator"),
        Publisher: Names(article, "publisher") ?? Names(article, "sourceOrganization"),
        Language: Text(article, "inLanguage"),
        Url: Text(article, "url") ?? Id(article, "mainEntityOfPage"),
        Body: Text(article, "articleBody"));

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? Id(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? Text(value, "@id") ?? Text(value, "url")
            : Text(element, name);

    /// <summary>The names of a person or organisation property: a string, an object with a name, or
    /// a list of either, joined with commas.</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
