using System.Text;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>
/// Decodes the bytes of an HTML page the way a browser picks its encoding: a byte order mark first,
/// then the charset of the HTTP Content-Type when known, then a <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration in the first bytes; without any, <see cref="TextDecoder"/>'s rules
/// (UTF-8, UTF-16, Windows-1252). A page declared as a Latin single-byte encoding whose bytes are
/// valid UTF-8 is read as UTF-8, the common mislabelling.
/// </summary>
public static class HtmlCharset
{
    /// <summary>Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later.</summary>
    private const int PrescanBytes = 4096;

    static HtmlCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return TextDecoder.Decode(bytes);
        }

        var declared = Find(CharsetParameter(contentType)) ?? Find(MetaCharset(bytes[..Math.Min(bytes.Length, PrescanBytes)]));
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage || declared is UnicodeEncoding)
        {
            return TextDecoder.Decode(bytes);
        }

        if (declared.IsSingleByte && declared.CodePage == 1252 && Utf8.IsValid(bytes) && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return TextDecoder.Decode(bytes);
        }

        var text = declared.GetString(bytes);
        return string.IsNullOrWhiteSpace(text)
            ? DecodeResult.Refused("empty file: it holds no text")
            : DecodeResult.Decoded(text, declared.WebName);
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type header value.</summary>
    internal static string? CharsetParameter(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var pair = part.Trim();
            if (pair.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                return pair[8..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    /// <summary>The charset named by the first <c>&lt;meta charset=...&gt;</c> or
    /// <c>&lt;meta http-equiv="Content-Type" content="...; charset=..."&gt;</c>, read as ASCII.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', at);
            if (end < 0)
            {
                return null;
            }

            var tag = text[at..end];
            var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                var value = tag[(charset + 7)..].TrimStart();
                if (value.StartsWith('='))
                {
                    value = value[1..].TrimStart().TrimStart('"', '\'');
                    var stop = value.IndexOfAny(['"', '\'', ';', ' ', '/', '>']);
                    return stop < 0 ? value : value[..stop];
                }
            }

            at = end;
        }

        return null;
    }

    private static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            // As in browsers, Latin-1 and ASCII labels mean Windows-1252, their superset.
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
