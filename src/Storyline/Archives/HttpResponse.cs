using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Archives;

/// <summary>An HTTP response as a WARC response record holds it: status, headers and the body
/// with chunked transfer and gzip, deflate or Brotli content encoding undone.</summary>
internal sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The media type of the body, lower case, without parameters.</summary>
    public string MediaType => (Header("Content-Type") ?? "").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Parses a response; the failure is one line saying what is wrong with it.</summary>
    public static (HttpResponse? Response, string? Failure) Parse(byte[] message, long maxBodyBytes)
    {
        var headerEnd = message.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return (null, "HTTP response without the blank line that ends its headers");
        }

        var lines = Encoding.Latin1.GetString(message, 0, headerEnd).Split("\r\n");
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return (null, $"bad HTTP status line '{lines[0]}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = message.AsMemory(headerEnd + 4);
        try
        {
            var bytes = headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase)
                ? Dechunk(body.Span)
                : body.ToArray();
            bytes = Decode(bytes, headers.GetValueOrDefault("Content-Encoding"), maxBodyBytes);
            return (new HttpResponse(code, headers, bytes), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, "cannot decode the HTTP body: " + ex.Message);
        }
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                throw new InvalidDataException("chunked body ends without its last chunk");
            }

            var sizeText = Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new InvalidDataException($"bad chunk size '{sizeText}'");
            }

            body = body[(lineEnd + 2)..];
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > body.Length)
            {
                throw new InvalidDataException("chunked body ends inside a chunk");
            }

            output.Write(body[..size]);
            body = body[Math.Min(body.Length, size + 2)..];
        }
    }

    private static byte[] Decode(byte[] body, string? encoding, long maxBodyBytes)
    {
        Stream? decoder = encoding?.Trim().ToLowerInvariant() switch
        {
            null or "" or "identity" => null,
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => throw new InvalidDataException($"unsupported content encoding '{encoding}'"),
        };
        if (decoder is null)
        {
            return body;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBodyBytes)
                {
                    throw new InvalidDataException($"decoded body over the limit of {maxBodyBytes} bytes");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
    }
}
