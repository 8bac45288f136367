using System.Collections.Frozen;
using Storyline.Entities;

namespace Storyline.Quotes;

/// <summary>Reporting verbs ("said", "told", "insisted") and their lemmas, from the embedded cue-verb list.</summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, string> Lemmas = ReferenceLines.Read("cue-verbs.txt")
        .GroupBy(row => row[0], StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Lemmas.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryLemma(ReadOnlySpan<char> word, out string lemma) => Lookup.TryGetValue(word, out lemma!);

    public static bool IsCue(ReadOnlySpan<char> word) => Lookup.ContainsKey(word);

    /// <summary>"saying", "adding": a participle takes its subject from the clause it hangs on.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"tell" puts its addressee after it, so the words after it are never the speaker.</summary>
    public static bool TakesAddressee(string lemma) => lemma is "tell" or "ask" or "urge";
}
