using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web.Markup;

/// <summary>The addresses of pages, built in one place so every link to a thing reads the same.</summary>
public static class Links
{
    public static string Story(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string Article(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string Original(string id) => Article(id) + "/original";

    public static string Entity(string id) => "/entities/" + Uri.EscapeDataString(id);

    /// <summary>A quotation in its article: the anchor is derived from the quoted words, so a story page can
    /// link to it without reading the article.</summary>
    public static string Quote(string articleId, string quoteText) => Article(articleId) + "#" + QuoteAnchor(quoteText);

    public static string QuoteAnchor(string quoteText) =>
        "q-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(quoteText)))[..12];
}
