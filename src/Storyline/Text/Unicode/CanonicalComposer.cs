namespace Storyline.Text.Unicode;

/// <summary>
/// Brings text to Unicode Normalization Form C. The product runs with invariant globalization, where
/// <see cref="string.Normalize()"/> leaves text unchanged, so the composition is done here from
/// tables generated out of the Unicode Character Database (see generate_tables.py).
/// </summary>
internal static class CanonicalComposer
{
    private static readonly byte[] CombiningClass = BuildCombiningClasses();
    private static readonly bool[] UnstableCharacters = BuildUnstable();
    private static readonly Dictionary<char, string> Decomposition = BuildDecompositions();
    private static readonly Dictionary<int, char> Composition = BuildCompositions();

    /// <summary>True when <paramref name="c"/> may change under NFC or combine with what precedes it.</summary>
    public static bool IsUnstable(char c) => UnstableCharacters[c];

    /// <summary>The most characters the full decomposition of one character can take.</summary>
    public const int MaxExpansion = 4;

    /// <summary>Writes the NFC form of one segment (a starter and the marks that follow it) to
    /// <paramref name="into"/>, which holds at least <see cref="MaxExpansion"/> times its length,
    /// and returns how many characters it wrote.</summary>
    public static int Compose(ReadOnlySpan<char> segment, Span<char> into)
    {
        var length = Decompose(segment, into);
        var decomposed = into[..length];
        SortMarks(decomposed);
        return ComposePairs(decomposed);
    }

    private static int Decompose(ReadOnlySpan<char> segment, Span<char> into)
    {
        var length = 0;
        foreach (var c in segment)
        {
            if (Decomposition.TryGetValue(c, out var parts))
            {
                parts.AsSpan().CopyTo(into[length..]);
                length += parts.Length;
            }
            else
            {
                into[length++] = c;
            }
        }

        return length;
    }

    // Canonical ordering: a stable sort of each run of marks by combining class.
    private static void SortMarks(Span<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            var cc = CombiningClass[c];
            if (cc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass[text[j - 1]] > cc)
            {
                text[j] = text[j - 1];
                j--;
            }

            text[j] = c;
        }
    }

    private static int ComposePairs(Span<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var starter = 0;
        var length = 1;
        var lastClass = CombiningClass[text[0]] == 0 ? 0 : 256;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            int cc = CombiningClass[c];
            var blocked = lastClass != 0 && lastClass >= cc;
            if (!blocked && Composition.TryGetValue((text[starter] << 16) | c, out var composite))
            {
                text[starter] = composite;
                continue;
            }

            if (cc == 0)
            {
                starter = length;
            }

            lastClass = cc;
            text[length++] = c;
        }

        return length;
    }

    private static byte[] BuildCombiningClasses()
    {
        var table = new byte[char.MaxValue + 1];
        var data = UnicodeTables.CombiningClasses;
        for (var i = 0; i < data.Length; i += 2)
        {
            table[data[i]] = (byte)data[i + 1];
        }

        return table;
    }

    private static bool[] BuildUnstable()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in UnicodeTables.Unstable)
        {
            table[c] = true;
        }

        return table;
    }

    private static Dictionary<char, string> BuildDecompositions()
    {
        var map = new Dictionary<char, string>();
        var data = UnicodeTables.Decompositions;
        for (var i = 0; i < data.Length;)
        {
            var length = data[i + 1];
            map[data[i]] = data.Substring(i + 2, length);
            i += 2 + length;
        }

        return map;
    }

    private static Dictionary<int, char> BuildCompositions()
    {
        var map = new Dictionary<int, char>();
        var data = UnicodeTables.Compositions;
        for (var i = 0; i < data.Length; i += 3)
        {
            map[(data[i] << 16) | data[i + 1]] = data[i + 2];
        }

        return map;
    }
}
