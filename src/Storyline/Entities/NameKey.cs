namespace Storyline.Entities;

/// <summary>
/// A spelling-insensitive key for a name, so that transliterations of one name meet
/// (Zelensky/Zelenskyy/Zelenskiy, Sergei/Sergey, Antony/Anthony, Oleksii/Oleksiy).
/// </summary>
public static class NameKey
{
    private const int MaxStackName = 256;

    private static readonly (string From, string To)[] Rewrites =
    [
        ("sch", "sh"), ("tch", "ch"), ("th", "t"), ("kh", "h"), ("ph", "f"), ("ks", "x"), ("w", "v"),
        ("iy", "y"), ("ii", "y"), ("yy", "y"), ("ij", "y"), ("ey", "ei"), ("j", "y"),
    ];

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // One buffer rewritten in place: every rewrite is no longer than what it replaces, and the key
        // is built for nearly every mention of every article.
        var key = name.Length <= MaxStackName ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[length++] = char.ToLowerInvariant(Fold(c));
            }
        }

        foreach (var (from, to) in Rewrites)
        {
            length = Replace(key[..length], from, to);
        }

        key[..length].Replace('y', 'i');
        return new string(Collapse(key[..length]));
    }

    /// <summary>Whether two given names are one name written two ways: same key, or keys one edit apart.</summary>
    public static bool SameGivenName(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ka = Of(a);
        var kb = Of(b);
        return ka == kb || (Math.Min(ka.Length, kb.Length) >= 4 && EditDistance(ka, kb) <= 1);
    }

    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    };

    /// <summary>Replaces each occurrence of <paramref name="from"/>, left to right, as <see cref="string.Replace(string, string?, StringComparison)"/> does; returns the new length.</summary>
    private static int Replace(Span<char> key, string from, string to)
    {
        var written = key.IndexOf(from);
        if (written < 0)
        {
            return key.Length;
        }

        var read = written;
        while (read < key.Length)
        {
            if (key[read..].StartsWith(from, StringComparison.Ordinal))
            {
                to.CopyTo(key[written..]);
                written += to.Length;
                read += from.Length;
            }
            else
            {
                key[written++] = key[read++];
            }
        }

        return written;
    }

    private static Span<char> Collapse(Span<char> key)
    {
        var length = 0;
        foreach (var c in key)
        {
            if (length == 0 || key[length - 1] != c)
            {
                key[length++] = c;
            }
        }

        return key[..length];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
