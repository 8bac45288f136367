using System.Collections.Frozen;

namespace Storyline.Cleaning;

/// <summary>
/// News agencies and outlets that credit lines name, each under the one name Storyline reports
/// ("Agence France-Presse" → AFP). Spellings are matched case-insensitively.
/// </summary>
public sealed class OutletCatalog
{
    /// <summary>The wire services among the outlets: their copy is republished by others.</summary>
    private static readonly FrozenSet<string> WireAgencies = FrozenSet.Create(
        StringComparer.Ordinal,
        "AFP", "Reuters", "AP", "dpa", "ANSA", "EFE", "Xinhua", "TASS", "Interfax", "RIA Novosti", "UNIAN", "Ukrinform",
        "Bloomberg", "UPI", "Kyodo", "PA", "Yonhap", "Anadolu");

    private readonly FrozenDictionary<string, string> _canonicalBySpelling;

    private OutletCatalog(FrozenDictionary<string, string> canonicalBySpelling) => _canonicalBySpelling = canonicalBySpelling;

    /// <summary>Wire agencies and widely cited outlets, from public knowledge.</summary>
    public static OutletCatalog Default { get; } = Create(
    [
        ["AFP", "Agence France-Presse", "Agence France Presse", "AFP"],
        ["Reuters", "Thomson Reuters"],
        ["AP", "Associated Press", "The Associated Press"],
        ["dpa", "Deutsche Presse-Agentur"],
        ["ANSA"],
        ["EFE", "Agencia EFE"],
        ["Xinhua", "Xinhua News Agency"],
        ["TASS", "ITAR-TASS"],
        ["Interfax"],
        ["RIA Novosti", "RIA"],
        ["UNIAN"],
        ["Ukrinform"],
        ["Bloomberg", "Bloomberg News"],
        ["UPI", "United Press International"],
        ["Kyodo", "Kyodo News"],
        ["PA", "PA Media", "Press Association"],
        ["Yonhap"],
        ["Anadolu", "Anadolu Agency"],
        ["CNN"],
        ["BBC", "BBC News"],
        ["Euronews"],
        ["Al Jazeera"],
        ["Deutsche Welle", "DW"],
        ["France 24"],
        ["RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe"],
        ["Sky News"],
        ["NPR"],
        ["Fox News"],
        ["NBC News"],
        ["CBS News"],
        ["ABC News"],
        ["The Guardian", "Guardian"],
        ["The New York Times", "New York Times", "NYT"],
        ["The Washington Post", "Washington Post"],
        ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
        ["Financial Times", "FT"],
        ["Politico"],
        ["Axios"],
        ["The Kyiv Independent", "Kyiv Independent"],
        ["Kyiv Post"],
        ["La Presse"],
        ["Le Monde"],
    ]);

    /// <summary>Builds a catalog from rows whose first entry is the canonical name.</summary>
    public static OutletCatalog Create(IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bySpelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            foreach (var spelling in row)
            {
                bySpelling.TryAdd(spelling, row[0]);
            }
        }

        return new OutletCatalog(bySpelling.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The canonical name of a known outlet, or null.</summary>
    public string? Canonical(string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        return _canonicalBySpelling.TryGetValue(spelling.Trim(), out var name) ? name : null;
    }

    public bool IsKnown(string spelling) => Canonical(spelling) is not null;

    /// <summary>Whether a spelling names a wire agency, whose reports other outlets carry.</summary>
    public bool IsWireAgency(string spelling) => Canonical(spelling) is { } name && WireAgencies.Contains(name);
}
