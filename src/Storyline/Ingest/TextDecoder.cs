using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>What decoding a file's bytes gave: its text and the encoding it was read with, or why
/// it was refused.</summary>
public sealed record DecodeResult(string? Text, string? EncodingName, string? Refusal)
{
    [MemberNotNullWhen(true, nameof(Text), nameof(EncodingName))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Text is not null;

    public static DecodeResult Decoded(string text, string encodingName) => new(text, encodingName, null);

    public static DecodeResult Refused(string reason) => new(null, null, reason);
}

/// <summary>
/// Turns the bytes of a text file into a string: UTF-8 with or without a byte order mark, UTF-16 in
/// either byte order (marked, or recognised by its pattern of NUL bytes), and Windows-1252 for
/// bytes that are not valid UTF-8 (the usual legacy encoding of scraped Western text). Binary and
/// empty files are refused with a reason.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many bytes the UTF-16 and binary sniffing looks at.</summary>
    private const int SniffBytes = 4096;

    /// <summary>Above this share of control characters a file is taken for binary data.</summary>
    private const double MaxControlShare = 0.05;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    /// <summary>C0 and C1 control characters, except the ones that lay out text.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Where(c => c < 0x20 || c >= 0x7F).Where(c => c is not ('\t' or '\n' or '\v' or '\f' or '\r')).Select(c => (char)c)));

    /// <summary>What a file that holds no text may still hold.</summary>
    private static readonly SearchValues<char> Blank = SearchValues.Create(
        " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u200B\u200C\u200D\u2060\uFEFF");

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var (text, encodingName) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => DecodeUtf8(bytes[3..]),
            [0xFF, 0xFE, ..] => (Utf16Le.GetString(bytes[2..]), "UTF-16LE"),
            [0xFE, 0xFF, ..] => (Utf16Be.GetString(bytes[2..]), "UTF-16BE"),
            _ => SniffUtf16(bytes) ?? (bytes.Contains((byte)0) ? (null, null) : DecodeUtf8(bytes)),
        };

        if (text is null || encodingName is null)
        {
            return DecodeResult.Refused("binary file: it holds NUL bytes and is not UTF-16 text");
        }

        if (IsBlank(text))
        {
            return DecodeResult.Refused("empty file: it holds no text");
        }

        return ControlShare(text) > MaxControlShare
            ? DecodeResult.Refused("binary file: too many control characters for text")
            : DecodeResult.Decoded(text, encodingName);
    }

    private static (string? Text, string? EncodingName) DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes)
            ? (StrictUtf8.GetString(bytes), "UTF-8")
            : (Windows1252.GetString(bytes), "Windows-1252");

    /// <summary>Text in a Latin script written as UTF-16 without a byte order mark has a NUL in
    /// every other byte: the high byte of each character.</summary>
    private static (string? Text, string? EncodingName)? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0)
            {
                continue;
            }

            if (i % 2 == 0)
            {
                evenNuls++;
            }
            else
            {
                oddNuls++;
            }
        }

        // Most characters of such text are ASCII; a few others (U+0100, U+2000...) may put a NUL
        // on the other side.
        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05)
        {
            return (Utf16Le.GetString(bytes), "UTF-16LE");
        }

        if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05)
        {
            return (Utf16Be.GetString(bytes), "UTF-16BE");
        }

        return null;
    }

    private static bool IsBlank(string text) => text.AsSpan().IndexOfAnyExcept(Blank) < 0;

    private static double ControlShare(string text)
    {
        var controls = 0;
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAny(Controls); i >= 0; i = rest.IndexOfAny(Controls))
        {
            controls++;
            rest = rest[(i + 1)..];
        }

        return (double)controls / text.Length;
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
