using System.Collections.Frozen;
using Storyline.Export;

namespace Storyline.Dossiers;

/// <summary>
/// What a figure counts, normalised so that sources wording it differently meet: plurals fold to
/// one form, synonyms to one name ("soldiers", "servicemen" → "troops"), and a count of people is
/// told apart by what happened to them, read from its sentence ("15,000 lives" and "14,000 people
/// have died" are both "people killed"; "300 people injured" is not). Percentages are left out:
/// "percent" does not say of what.
/// </summary>
internal static class FigureSubject
{
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["troop"] = "troops",
        ["soldier"] = "troops",
        ["serviceman"] = "troops",
        ["servicemen"] = "troops",
        ["servicemember"] = "troops",
        ["fighter"] = "fighters",
        ["life"] = "people killed",
        ["lives"] = "people killed",
        ["dead"] = "people killed",
        ["death"] = "people killed",
        ["fatality"] = "people killed",
        ["fatalities"] = "people killed",
        ["victim"] = "people killed",
        ["refugee"] = "people displaced",
        ["evacuee"] = "people displaced",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> People = FrozenSet.ToFrozenSet(
        ["people", "person", "persons", "civilian", "civilians", "resident", "residents", "individual", "individuals"],
        StringComparer.Ordinal);

    /// <summary>Words of a sentence that say what happened to the people counted, and the subject they make.</summary>
    private static readonly (string Subject, string[] Stems)[] Outcomes =
    [
        ("people killed", ["kill", "die", "died", "dead", "death", "lives", "perish", "slain", "murder"]),
        ("people injured", ["injur", "wound", "hurt"]),
        ("people displaced", ["displac", "fled", "flee", "evacuat", "refugee", "homeless"]),
        ("people arrested", ["arrest", "detain", "detention", "jail"]),
        ("people missing", ["missing"]),
    ];

    public static string? Of(NumberRecord figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Unit is not { Length: > 0 } unit || unit == "percent")
        {
            return null;
        }

        var word = unit.ToLowerInvariant();
        if (Synonyms.TryGetValue(word, out var synonym))
        {
            return synonym;
        }

        if (People.Contains(word))
        {
            return OutcomeOf(figure.Sentence) ?? "people";
        }

        var singular = Singular(word);
        return Synonyms.TryGetValue(singular, out var fromSingular) ? fromSingular : singular;
    }

    private static string? OutcomeOf(string? sentence)
    {
        if (sentence is null)
        {
            return null;
        }

        var lower = sentence.ToLowerInvariant();
        foreach (var (subject, stems) in Outcomes)
        {
            if (stems.Any(s => lower.Contains(s, StringComparison.Ordinal)))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>A regular English plural folded to its singular; irregular and uncountable words stay as they are.</summary>
    private static string Singular(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 4 } when word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}
