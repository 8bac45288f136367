using System.Buffers;
using System.Text;
using Storyline.Documents;
using Storyline.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>A normalised text and the map from its offsets back to the text it was made from.</summary>
public sealed record NormalizedText(string Text, OffsetMap ToSource);

/// <summary>
/// Puts decoded text in the one form every later stage expects: Unicode NFC, plain spaces for
/// non-breaking ones, no zero-width characters, and LF line ends. Text that is already in that form
/// is returned as it is, without a copy.
/// </summary>
public static class TextNormalizer
{
    // Everything the scan may step over at vector speed: ASCII except the carriage return.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Where(c => c != '\r').Select(c => (char)c)));

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        StringBuilder? output = null;
        var map = new OffsetMap.Builder();
        var flushed = 0;
        Span<char> composed = stackalloc char[64 * CanonicalComposer.MaxExpansion];

        var i = 0;
        while (i < span.Length)
        {
            var skip = span[i..].IndexOfAnyExcept(PlainAscii);
            if (skip < 0)
            {
                break;
            }

            var at = i + skip;
            var c = span[at];
            switch (c)
            {
                case '\r':
                    Flush(text, ref output, map, ref flushed, at);
                    output.Append('\n');
                    i = at + 1 < span.Length && span[at + 1] == '\n' ? at + 2 : at + 1;
                    flushed = i;
                    continue;
                case '\u00A0' or '\u202F' or '\u2007':
                    Flush(text, ref output, map, ref flushed, at);
                    output.Append(' ');
                    i = flushed = at + 1;
                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    Flush(text, ref output, map, ref flushed, at);
                    i = flushed = at + 1;
                    continue;
            }

            if (!CanonicalComposer.IsUnstable(c))
            {
                i = at + 1;
                continue;
            }

            // A mark may join the character before it, so the segment starts there when that
            // character is still waiting to be copied unchanged.
            var start = flushed < at ? at - 1 : at;
            var end = at + 1;
            while (end < span.Length && CanonicalComposer.IsUnstable(span[end]))
            {
                end++;
            }

            var segment = span[start..end];
            var buffer = segment.Length * CanonicalComposer.MaxExpansion <= composed.Length
                ? composed
                : new char[segment.Length * CanonicalComposer.MaxExpansion];
            var length = CanonicalComposer.Compose(segment, buffer);
            if (!buffer[..length].SequenceEqual(segment))
            {
                Flush(text, ref output, map, ref flushed, start);
                output.Append(buffer[..length]);
                flushed = end;
            }

            i = end;
        }

        if (output is null)
        {
            return new NormalizedText(text, OffsetMap.Identity);
        }

        Flush(text, ref output, map, ref flushed, span.Length);
        return new NormalizedText(output.ToString(), map.Build());
    }

    /// <summary>Copies the unchanged source run before <paramref name="upTo"/> and anchors what
    /// comes next at <paramref name="upTo"/> in the source.</summary>
    private static void Flush(string text, [System.Diagnostics.CodeAnalysis.NotNull] ref StringBuilder? output, OffsetMap.Builder map, ref int flushed, int upTo)
    {
        output ??= new StringBuilder(text.Length);
        if (upTo > flushed)
        {
            map.Add(output.Length, flushed);
            output.Append(text, flushed, upTo - flushed);
        }

        map.Add(output.Length, upTo);
        flushed = upTo;
    }
}
