using System.Collections.Frozen;

namespace Storyline.Reference;

/// <summary>
/// Looks up place names in any of their known spellings (Kiev, Keiv, Kyiv → Kyiv), case-insensitively.
/// The list is public knowledge written down in <c>places.txt</c>, embedded in the library.
/// </summary>
public sealed class PlaceGazetteer
{
    private readonly FrozenDictionary<string, Place> _bySpelling;

    private PlaceGazetteer(FrozenDictionary<string, Place> bySpelling, IReadOnlyList<Place> places)
    {
        _bySpelling = bySpelling;
        Places = places;
    }

    /// <summary>The gazetteer built from the embedded list; built once and shared, it is immutable.</summary>
    public static PlaceGazetteer Default { get; } = Load();

    public IReadOnlyList<Place> Places { get; }

    /// <summary>The longest number of words any spelling has, so callers can bound their look-ups.</summary>
    public int MaxWords { get; private init; }

    /// <summary>Every spelling the gazetteer knows, as written in the list.</summary>
    internal IEnumerable<string> Spellings => _bySpelling.Keys;

    public bool TryFind(ReadOnlySpan<char> spelling, out Place place)
    {
        var lookup = _bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(spelling.Trim(), out var found))
        {
            place = found;
            return true;
        }

        place = null!;
        return false;
    }

    public string? Canonical(string spelling) => TryFind(spelling, out var place) ? place.Name : null;

    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream("Storyline.Reference.places.txt")
            ?? throw new InvalidOperationException("The embedded place list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var bySpelling = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var places = new List<Place>();
        var maxWords = 1;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|');
            var kind = Enum.Parse<PlaceKind>(fields[1], ignoreCase: true);
            var place = new Place(fields[0], kind, fields[2].Length == 0 ? null : fields[2]);
            places.Add(place);
            foreach (var spelling in fields.Skip(3).Prepend(fields[0]).Where(s => s.Length > 0))
            {
                bySpelling.TryAdd(spelling, place);
                maxWords = Math.Max(maxWords, spelling.Count(c => c == ' ') + 1);
            }
        }

        return new PlaceGazetteer(bySpelling.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), places) { MaxWords = maxWords };
    }
}
