using System.Security.Cryptography;
using System.Text;

namespace Storyline.Documents;

/// <summary>The identity of a document's content: lower-case hex SHA-256 of its (normalised) text.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
