using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Storyline.Feeds;

/// <summary>
/// Reads the items of an RSS 2.0 (or RSS 1.0/RDF) or Atom feed. The XML reader refuses any document
/// type declaration and resolves nothing outside the document, so entity expansion ("billion
/// laughs") and external entities (XXE) are refused before any entity is expanded, and the
/// document's size is capped. The content of an item is its <c>content:encoded</c> or Atom
/// <c>content</c>, else its description or summary.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The items of the feed, or the reason it cannot be read as one line.</summary>
    public static (IReadOnlyList<FeedItem>? Items, string? Failure) Parse(Stream xml, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            CloseInput = false,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return (null, "feed refused: it declares a DTD (entity expansion and external entities are not allowed)");
        }
        catch (XmlException ex)
        {
            return (null, "not well-formed XML: " + ex.Message.Split('\n')[0]);
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => (root.Descendants().Where(e => e.Name.LocalName == "item").Select(RssItem).ToList(), null),
            "feed" when root.Name.Namespace == Atom => (root.Elements(Atom + "entry").Select(AtomEntry).ToList(), null),
            _ => (null, $"not an RSS or Atom feed: its root element is <{root.Name.LocalName}>"),
        };
    }

    /// <summary>Whether the start of a file looks like a feed, for <c>.xml</c> files of any kind.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<char> start) =>
        start.Contains("<rss", StringComparison.Ordinal) || start.Contains("<feed", StringComparison.Ordinal)
        || start.Contains("<rdf:RDF", StringComparison.Ordinal);

    private static FeedItem RssItem(XElement item)
    {
        var date = Child(item, "pubDate") ?? item.Element(Dc + "date")?.Value;
        var html = item.Element(Content + "encoded")?.Value ?? Child(item, "description");
        return new FeedItem(Text(Child(item, "title")), Text(Child(item, "link")), ParseDate(date), html);
    }

    private static FeedItem AtomEntry(XElement entry)
    {
        var link = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => (string?)l.Attribute("href"))
            .FirstOrDefault();
        var date = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
        var html = AtomText(entry.Element(Atom + "content")) ?? AtomText(entry.Element(Atom + "summary"));
        return new FeedItem(Text(entry.Element(Atom + "title")?.Value), Text(link), ParseDate(date), html);
    }

    /// <summary>Atom text as HTML: XHTML content is its markup; plain text is escaped.</summary>
    private static string? AtomText(XElement? element) => element is null
        ? null
        : (string?)element.Attribute("type") switch
        {
            "xhtml" => string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))),
            "html" => element.Value,
            _ => System.Net.WebUtility.HtmlEncode(element.Value),
        };

    private static string? Child(XElement item, string name) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>RFC 822 dates of RSS (with a named zone or none) and ISO 8601 dates of Atom.</summary>
    private static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        foreach (var (zone, offset) in new[] { ("GMT", "+0000"), ("UT", "+0000"), ("Z", "+0000"), ("EST", "-0500"), ("EDT", "-0400"), ("CST", "-0600"), ("CDT", "-0500"), ("PST", "-0800"), ("PDT", "-0700") })
        {
            if (text.EndsWith(" " + zone, StringComparison.Ordinal))
            {
                text = text[..^zone.Length] + offset;
                break;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }
}
