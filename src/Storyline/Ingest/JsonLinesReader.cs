using System.Globalization;
using System.Text.Json;
using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>
/// Reads a JSON Lines corpus (<c>.jsonl</c>), one article per line, as FORMAT.md defines it. The file
/// is streamed line by line; a line that is not a usable article gives a <see cref="ReadFailure"/>
/// with origin <c>path:line</c> and the next line is read. When a line has both <c>text</c> and
/// <c>html</c>, the scraped text is used.
/// </summary>
public sealed class JsonLinesReader(IngestOptions options) : IDocumentReader
{
    private const int ChunkBytes = 64 * 1024;

    public bool CanRead(string path) => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes];
        int start = 0, count = 0, lineNumber = 1;
        var oversized = false;
        var atEnd = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, count - start).IndexOf((byte)'\n');
            if (newline >= 0 || (atEnd && count > start))
            {
                var length = newline >= 0 ? newline : count - start;
                var origin = $"{path}:{lineNumber}";
                var result = oversized || length > options.MaxFileBytes
                    ? TooLong(origin)
                    : ParseLine(buffer.AsSpan(start, length), origin, lineNumber == 1);
                if (result is not null)
                {
                    yield return result;
                }

                start += newline >= 0 ? length + 1 : length;
                lineNumber++;
                oversized = false;
                continue;
            }

            if (atEnd)
            {
                yield break;
            }

            (buffer, start, count, oversized) = MakeRoom(buffer, start, count, oversized);
            var read = stream.Read(buffer, count, buffer.Length - count);
            atEnd = read == 0;
            count += read;
        }
    }

    /// <summary>Moves the unfinished line to the front of the buffer, growing the buffer while the
    /// line is within the size limit and dropping its bytes once it is over.</summary>
    private (byte[] Buffer, int Start, int Count, bool Oversized) MakeRoom(byte[] buffer, int start, int count, bool oversized)
    {
        var pending = count - start;
        if (oversized || pending > options.MaxFileBytes)
        {
            return (buffer, 0, 0, true);
        }

        if (pending == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, pending);
        }

        return (buffer, 0, pending, false);
    }

    private ReadFailure TooLong(string origin) =>
        new(origin, $"line too long: over the limit of {options.MaxFileBytes} bytes");

    private static ReadResult? ParseLine(ReadOnlySpan<byte> line, string origin, bool first)
    {
        if (first && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        line = line.TrimEnd("\r"u8);
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            return ParseArticle(line, origin);
        }
        catch (JsonException ex)
        {
            return new ReadFailure(origin, "malformed JSON: " + FirstLine(ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            return new ReadFailure(origin, "malformed JSON: " + FirstLine(ex.Message));
        }
    }

    private static ReadResult ParseArticle(ReadOnlySpan<byte> line, string origin)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return new ReadFailure(origin, "not a JSON object");
        }

        var fields = new ArticleFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            reader.Read();
            if (!fields.TrySet(field, ref reader))
            {
                return new ReadFailure(origin, $"field '{field}' must be a string");
            }
        }

        // Reading past the object makes the reader throw if anything but white space follows it.
        reader.Read();
        return fields.ToResult(origin);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    /// <summary>The fields of one line as they are read.</summary>
    private sealed class ArticleFields
    {
        private string? _id;
        private string? _text;
        private string? _html;
        private string? _title;
        private string? _url;
        private string? _published;
        private string? _outlet;
        private string? _language;

        /// <summary>Takes the value the reader is on; false when a known field has the wrong type.</summary>
        public bool TrySet(string? field, ref Utf8JsonReader reader)
        {
            if (field == "id" && reader.TokenType == JsonTokenType.Number)
            {
                _id = reader.GetDecimal().ToString(CultureInfo.InvariantCulture);
                return true;
            }

            switch (field)
            {
                case "id": return TryString(ref reader, ref _id);
                case "text": return TryString(ref reader, ref _text);
                case "html": return TryString(ref reader, ref _html);
                case "title": return TryString(ref reader, ref _title);
                case "url": return TryString(ref reader, ref _url);
                case "published": return TryString(ref reader, ref _published);
                case "outlet": return TryString(ref reader, ref _outlet);
                case "lang": return TryString(ref reader, ref _language);
                default:
                    reader.Skip();
                    return true;
            }
        }

        public ReadResult ToResult(string origin)
        {
            if (string.IsNullOrWhiteSpace(_id))
            {
                return new ReadFailure(origin, "no id");
            }

            var (body, format) = !string.IsNullOrWhiteSpace(_text)
                ? (_text, DocumentFormat.PlainText)
                : (_html, DocumentFormat.Html);
            if (string.IsNullOrWhiteSpace(body))
            {
                return new ReadFailure(origin, "no text or html");
            }

            var hints = new DocumentHints(
                Title: Blank(_title),
                Url: Blank(_url),
                Published: ParseDate(_published),
                Outlet: Blank(_outlet),
                Language: Blank(_language));
            return new DocumentRead(RawDocumentFactory.Create(_id.Trim(), origin, body, format, hints));
        }

        private static bool TryString(ref Utf8JsonReader reader, ref string? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    return false;
            }
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        /// <summary>An ISO 8601 date, or the calendar date of an ISO 8601 date-time as written (not
        /// moved to UTC); anything else is no date.</summary>
        private static DateOnly? ParseDate(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            value = value.Trim();
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                && value.Length > 10 && value[10] is 'T' or 't' or ' '
                ? DateOnly.FromDateTime(moment.DateTime)
                : null;
        }
    }
}
