using System.Text;

namespace Storyline.Html;

/// <summary>
/// Cuts what a page holds but never shows as text — scripts, style sheets, inline SVG drawings,
/// <c>noscript</c> and <c>template</c> contents, comments — out of the markup before it is parsed:
/// on news pages they are over half of the bytes, and the parser would build nodes for all of them.
/// JSON-LD scripts stay, since they carry the metadata. One forward scan, no regular expression;
/// an element ends at its first closing tag, as the HTML parser ends a script.
/// </summary>
internal static class InertMarkup
{
    private static readonly string[] Elements = ["script", "style", "svg", "noscript", "template"];

    public static string Strip(string html)
    {
        var output = new StringBuilder(html.Length);
        var copied = 0;
        var at = html.IndexOf('<');
        while (at >= 0 && at < html.Length - 1)
        {
            var end = InertEnd(html, at);
            if (end > at)
            {
                output.Append(html, copied, at - copied);
                copied = end;
                at = html.IndexOf('<', end);
            }
            else
            {
                at = html.IndexOf('<', at + 1);
            }
        }

        if (copied == 0)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>Where the inert element or comment opening at <paramref name="at"/> ends, or
    /// <paramref name="at"/> when none opens there.</summary>
    private static int InertEnd(string html, int at)
    {
        var rest = html.AsSpan(at + 1);
        if (rest[0] is not ('!' or 's' or 'S' or 'n' or 'N' or 't' or 'T'))
        {
            return at;
        }

        if (rest.StartsWith("!--"))
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        foreach (var name in Elements)
        {
            if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) || rest.Length <= name.Length
                || !(char.IsWhiteSpace(rest[name.Length]) || rest[name.Length] is '>' or '/'))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', at);
            if (tagEnd < 0)
            {
                return at;
            }

            if (name == "script" && html.AsSpan(at, tagEnd - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return html.Length;
            }

            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? html.Length : closeEnd + 1;
        }

        return at;
    }
}
