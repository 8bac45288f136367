using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Storyline.Reports;

/// <summary>A piece of markup that is already safe to send: built by <see cref="Fragment.Of"/>, whose holes
/// are encoded, or by <see cref="Fragment.Join"/> of such pieces. Text never becomes markup by accident.</summary>
public readonly record struct HtmlContent(string Value)
{
    public static readonly HtmlContent Empty = new(string.Empty);

    public override string ToString() => Value;
}

/// <summary>
/// Builds markup from interpolated strings: <c>Fragment.Of($"&lt;a href=\"{url}\"&gt;{title}&lt;/a&gt;")</c>
/// writes the literal parts as they are and HTML-encodes every hole unless it is
/// <see cref="HtmlContent"/>, so article text, titles and names are always shown as text. Holes inside
/// attributes must be in double quotes, which the encoder escapes.
/// </summary>
public static class Fragment
{
    /// <summary>Keeps letters of every script readable in the page source; only markup characters are escaped.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static HtmlContent Of(ref HtmlHandler handler) => handler.ToContent();

    public static HtmlContent Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    public static HtmlContent Join(IEnumerable<HtmlContent> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static HtmlContent Join<T>(IEnumerable<T> items, Func<T, HtmlContent> render) => Join(items.Select(render));

    /// <summary>Shows <paramref name="content"/> only when <paramref name="condition"/> holds.</summary>
    public static HtmlContent If(bool condition, HtmlContent content) => condition ? content : HtmlContent.Empty;
}

/// <summary>The interpolated string handler behind <see cref="Fragment.Of"/>.</summary>
[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(HtmlContent content) => _builder.Append(content.Value);

    public readonly void AppendFormatted(string? text) => _builder.Append(Fragment.Encoder.Encode(text ?? string.Empty));

    public readonly void AppendFormatted<T>(T value)
        where T : IFormattable => _builder.Append(Fragment.Encoder.Encode(value.ToString(null, CultureInfo.InvariantCulture)));

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable => _builder.Append(Fragment.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public readonly HtmlContent ToContent() => new(_builder.ToString());
}
