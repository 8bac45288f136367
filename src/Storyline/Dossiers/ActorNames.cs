using System.Collections.Frozen;

namespace Storyline.Dossiers;

/// <summary>
/// The country or organisation a name stands for: demonyms and titles' prefixes ("Ukrainian Foreign
/// Minister", "US President", "NATO chief") and capitals or seats of government used for their
/// state ("the Kremlin", "Washington"). Written from public facts; covers the states and bodies
/// that most often speak in international news.
/// </summary>
internal static class ActorNames
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Ukrainian"] = "Ukraine",
        ["Ukraine"] = "Ukraine",
        ["Ukraine's"] = "Ukraine",
        ["Kyiv"] = "Ukraine",
        ["Kiev"] = "Ukraine",
        ["Russian"] = "Russia",
        ["Russia"] = "Russia",
        ["Russia's"] = "Russia",
        ["Kremlin"] = "Russia",
        ["Moscow"] = "Russia",
        ["US"] = "United States",
        ["U.S"] = "United States",
        ["American"] = "United States",
        ["America"] = "United States",
        ["Washington"] = "United States",
        ["White House"] = "United States",
        ["Pentagon"] = "United States",
        ["United States"] = "United States",
        ["NATO"] = "NATO",
        ["NATO's"] = "NATO",
        ["EU"] = "European Union",
        ["European Union"] = "European Union",
        ["British"] = "United Kingdom",
        ["UK"] = "United Kingdom",
        ["London"] = "United Kingdom",
        ["French"] = "France",
        ["France"] = "France",
        ["Paris"] = "France",
        ["Elysee"] = "France",
        ["German"] = "Germany",
        ["Germany"] = "Germany",
        ["Berlin"] = "Germany",
        ["Chinese"] = "China",
        ["China"] = "China",
        ["Beijing"] = "China",
        ["Belarusian"] = "Belarus",
        ["Polish"] = "Poland",
        ["Turkish"] = "Turkey",
        ["Ankara"] = "Turkey",
        ["Israeli"] = "Israel",
        ["Iranian"] = "Iran",
        ["Tehran"] = "Iran",
        ["Japanese"] = "Japan",
        ["Tokyo"] = "Japan",
        ["Indian"] = "India",
        ["Canadian"] = "Canada",
        ["Italian"] = "Italy",
        ["Spanish"] = "Spain",
        ["UN"] = "United Nations",
        ["OSCE"] = "OSCE",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The country or organisation <paramref name="name"/> stands for, or null when it is none of them.</summary>
    public static string? Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return Names.TryGetValue(trimmed.Replace('\u2019', '\''), out var actor) ? actor : null;
    }
}
