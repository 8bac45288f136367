using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Storyline.Documents;

/// <summary>The identity of a document's content: lower-case hex SHA-256 of its (normalised) text.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every document is hashed: the UTF-8 bytes go through a pooled buffer instead of a new array each time.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
