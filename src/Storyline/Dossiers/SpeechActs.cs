using System.Collections.Frozen;

namespace Storyline.Dossiers;

/// <summary>
/// The words that mark a speech act. Reporting verbs name the act outright ("threatened",
/// "denied", "urged"); inside a statement, a negated verb of acceptance or concession rejects
/// ("will not accept", "won't compromise"), and a penalty announced with a future modal threatens
/// ("will take retaliatory measures"). Words are matched by their stem so that every inflection counts.
/// </summary>
internal static class SpeechActs
{
    /// <summary>Stems of verbs that name an act, with the act.</summary>
    public static readonly (string Stem, string Act)[] Verbs =
    [
        ("threaten", "threaten"), ("warn", "warn"), ("accus", "accuse"), ("blam", "accuse"),
        ("deny", "deny"), ("deni", "deny"), ("demand", "demand"), ("seek", "demand"),
        ("sought", "demand"), ("urge", "appeal"), ("urging", "appeal"), ("appeal", "appeal"), ("promis", "promise"),
        ("pledg", "promise"), ("vow", "promise"), ("reject", "reject"), ("refus", "reject"), ("dismiss", "reject"),
        ("support", "support"), ("endors", "support"), ("welcom", "support"), ("agree", "agree"),
    ];

    /// <summary>Verbs whose negation rejects what follows them ("will not accept concessions" rejects concessions).</summary>
    public static readonly FrozenSet<string> Acceptance = FrozenSet.ToFrozenSet(
        ["accept", "allow", "tolerate", "permit", "agree", "recognize", "recognise"], StringComparer.Ordinal);

    /// <summary>Verbs whose negation rejects the action itself ("won't compromise on X" rejects compromise on X).</summary>
    public static readonly FrozenSet<string> Concession = FrozenSet.ToFrozenSet(
        ["compromise", "make", "give", "change", "concede", "negotiate", "withdraw", "abandon", "yield", "retreat", "budge"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        ["not", "never", "no", "cannot", "won't", "can't", "wouldn't", "don't", "didn't", "refuse", "refuses", "refused"],
        StringComparer.Ordinal);

    /// <summary>Stems of penalties that threaten when announced for the future.</summary>
    public static readonly string[] Penalties = ["retaliat", "sanction", "consequence", "repercussion", "punish", "countermeasure"];

    public static readonly FrozenSet<string> FutureModals = FrozenSet.ToFrozenSet(
        ["will", "would", "shall", "'ll", "going"], StringComparer.Ordinal);

    /// <summary>Words that lead a phrase into its issue after a verb whose object is a party:
    /// "threatened Moscow with sanctions", "accused Kyiv of provocations".</summary>
    public static readonly FrozenSet<string> IssueMarkers = FrozenSet.ToFrozenSet(["with", "of", "against", "over"], StringComparer.Ordinal);

    /// <summary>Words an issue does not start with.</summary>
    public static readonly FrozenSet<string> Leading = FrozenSet.ToFrozenSet(
        ["any", "the", "a", "an", "to", "that", "all", "further", "it", "this"], StringComparer.Ordinal);

    public static string? VerbAct(string word)
    {
        foreach (var (stem, act) in Verbs)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return act;
            }
        }

        return null;
    }

    public static bool IsNegation(string word) =>
        Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);
}
