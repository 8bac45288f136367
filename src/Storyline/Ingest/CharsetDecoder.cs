using System.Text;

namespace Storyline.Ingest;

/// <summary>Decodes a web page's bytes in the charset its Content-Type names, else as
/// <see cref="TextDecoder"/> reads text files.</summary>
public static class CharsetDecoder
{
    /// <summary>The text, or null when the bytes hold no text.</summary>
    public static string? Decode(byte[] body, string? charset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(charset).GetString(body);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: the body is read as the text decoder sees it.
            }
        }

        return TextDecoder.Decode(body).Text;
    }

    /// <summary>The charset parameter of a Content-Type header value.</summary>
    public static string? CharsetOf(string? contentType) => (contentType ?? "").Split(';').Skip(1)
        .Select(p => p.Trim())
        .Where(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
        .Select(p => p["charset=".Length..].Trim('"', '\'', ' '))
        .FirstOrDefault();
}
