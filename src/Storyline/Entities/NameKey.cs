using System.Text;

namespace Storyline.Entities;

/// <summary>
/// A spelling-insensitive key for a name, so that transliterations of one name meet
/// (Zelensky/Zelenskyy/Zelenskiy, Sergei/Sergey, Antony/Anthony, Oleksii/Oleksiy).
/// </summary>
public static class NameKey
{
    private static readonly (string From, string To)[] Rewrites =
    [
        ("sch", "sh"), ("tch", "ch"), ("th", "t"), ("kh", "h"), ("ph", "f"), ("ks", "x"), ("w", "v"),
        ("iy", "y"), ("ii", "y"), ("yy", "y"), ("ij", "y"), ("ey", "ei"), ("j", "y"),
    ];

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(Fold(c)));
            }
        }

        var key = builder.ToString();
        foreach (var (from, to) in Rewrites)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }

        key = key.Replace('y', 'i');
        return Collapse(key);
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

    private static string Collapse(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
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
