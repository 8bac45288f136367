namespace Storyline.Stories;

/// <summary>
/// MinHash signatures of word shingles and their LSH band keys. Two texts whose shingle sets
/// have Jaccard similarity J agree on each signature slot with probability J, so the share of
/// equal slots estimates J, and equal bands find likely pairs without comparing against everything.
/// </summary>
internal static class MinHasher
{
    /// <summary>Words per shingle: four is long enough that shared shingles mean shared sentences, not shared phrases.</summary>
    public const int ShingleLength = 4;

    /// <summary>Signature slots: 64 gives a Jaccard estimate within about ±0.06.</summary>
    public const int SignatureLength = 64;

    /// <summary>
    /// 16 bands of 4 rows: a pair becomes a candidate with probability 1-(1-J^4)^16, which is
    /// 0.64 at J=0.4, 0.98 at J=0.6 and 0.03 at J=0.1, so near copies are found and unrelated
    /// reports almost never are.
    /// </summary>
    public const int Bands = 16;

    private const int RowsPerBand = SignatureLength / Bands;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static uint[] Signature(IReadOnlyList<string> words)
    {
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var count = Math.Max(1, words.Count - ShingleLength + 1);
        for (var start = 0; start < count; start++)
        {
            var shingle = ShingleHash(words, start);
            for (var slot = 0; slot < SignatureLength; slot++)
            {
                var value = (uint)(Mix(shingle ^ Seeds[slot]) >> 32);
                if (value < signature[slot])
                    signature[slot] = value;
            }
        }
        return signature;
    }

    public static IEnumerable<ulong> BandKeys(IReadOnlyList<uint> signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < RowsPerBand; row++)
                key = Mix(key ^ signature[(band * RowsPerBand) + row]);
            yield return key;
        }
    }

    public static double EstimatedJaccard(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (a[i] == b[i])
                equal++;
        }
        return (double)equal / SignatureLength;
    }

    /// <summary>FNV-1a over the words of one shingle; stable across processes, unlike string.GetHashCode.</summary>
    private static ulong ShingleHash(IReadOnlyList<string> words, int start)
    {
        var hash = 14695981039346656037UL;
        var end = Math.Min(words.Count, start + ShingleLength);
        for (var i = start; i < end; i++)
        {
            foreach (var c in words[i])
                hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole output.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[SignatureLength];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }

    /// <summary>A stable 64-bit hash of a whole normalised text, for exact-copy lookup.</summary>
    public static ulong TextHash(IReadOnlyList<string> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var word in words)
        {
            foreach (var c in word)
                hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return Mix(hash);
    }
}
