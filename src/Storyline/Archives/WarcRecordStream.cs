using System.Globalization;
using System.Text;

namespace Storyline.Archives;

/// <summary>
/// Reads WARC records one after another from an uncompressed stream, holding at most one record's
/// block in memory. Blocks the caller does not want (<paramref name="wantBlock"/> false) or that are
/// larger than <paramref name="maxBlockBytes"/> are skipped without being kept. After a record
/// whose header is bad, reading resumes at the next line that starts a WARC header.
/// </summary>
internal sealed class WarcRecordStream(Stream stream, long maxBlockBytes, Func<IReadOnlyDictionary<string, string>, bool> wantBlock)
{
    /// <summary>A header longer than this is not a WARC header.</summary>
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _position;
    private int _number;

    /// <summary>The next record or header error; null at the end of the stream.</summary>
    public WarcEntry? Next()
    {
        var line = ReadLine(MaxHeaderBytes);
        while (line is { Length: 0 })
        {
            line = ReadLine(MaxHeaderBytes);
        }

        if (line is null)
        {
            return null;
        }

        _number++;
        var offset = _position - Encoding.ASCII.GetByteCount(line) - 2;
        if (line is not ("WARC/1.0" or "WARC/1.1"))
        {
            SkipToNextHeader();
            return new WarcRecordError(_number, offset, $"bad record header: expected 'WARC/1.0' or 'WARC/1.1', found '{Shorten(line)}'");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine(MaxHeaderBytes)) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                SkipToNextHeader();
                return new WarcRecordError(_number, offset, $"bad record header: field without a name: '{Shorten(line)}'");
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (line is null)
        {
            return new WarcRecordError(_number, offset, "truncated record: the file ends inside its header");
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            SkipToNextHeader();
            return new WarcRecordError(_number, offset, "bad record header: no valid Content-Length");
        }

        var block = length <= maxBlockBytes && wantBlock(fields) ? new byte[length] : null;
        var copied = block is null ? Skip(length) : Fill(block);
        return copied < length
            ? new WarcRecordError(_number, offset, $"truncated record: the file ends {length - copied} bytes before its block does")
            : new WarcRecord(_number, offset, fields, block);
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";

    /// <summary>Passes over lines until one starts a WARC header, which the next read begins with.</summary>
    private void SkipToNextHeader()
    {
        while (true)
        {
            if (!EnsureData())
            {
                return;
            }

            if (StartsWithHeader())
            {
                return;
            }

            if (ReadLine(0) is null)
            {
                return;
            }
        }
    }

    private bool StartsWithHeader()
    {
        ReadOnlySpan<byte> marker = "WARC/1."u8;
        if (_end - _start < marker.Length)
        {
            Compact();
            while (_end - _start < marker.Length)
            {
                var read = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    return false;
                }

                _end += read;
            }
        }

        return _buffer.AsSpan(_start, marker.Length).SequenceEqual(marker);
    }

    /// <summary>One line without its CR LF, or null at the end of the stream. Bytes past
    /// <paramref name="maxBytes"/> are dropped from the line, which is still consumed.</summary>
    private string? ReadLine(int maxBytes)
    {
        var line = new List<byte>();
        while (EnsureData())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (line.Count < maxBytes)
            {
                line.AddRange(span[..Math.Min(take, maxBytes - line.Count)]);
            }

            var consumed = newline < 0 ? take : take + 1;
            _start += consumed;
            _position += consumed;
            if (newline >= 0)
            {
                var count = line.Count > 0 && line[^1] == '\r' ? line.Count - 1 : line.Count;
                return Encoding.UTF8.GetString(line.ToArray(), 0, count);
            }
        }

        return line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray());
    }

    private int Fill(byte[] block)
    {
        var copied = 0;
        while (copied < block.Length && EnsureData())
        {
            var take = Math.Min(block.Length - copied, _end - _start);
            Array.Copy(_buffer, _start, block, copied, take);
            Consume(take);
            copied += take;
        }

        return copied;
    }

    private long Skip(long length)
    {
        var skipped = 0L;
        while (skipped < length && EnsureData())
        {
            var take = (int)Math.Min(length - skipped, _end - _start);
            Consume(take);
            skipped += take;
        }

        return skipped;
    }

    private void Consume(int count)
    {
        _start += count;
        _position += count;
    }

    private bool EnsureData()
    {
        if (_start < _end)
        {
            return true;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private void Compact()
    {
        Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }
}
