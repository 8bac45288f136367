using System.Collections.Frozen;
using Storyline.Reference;

namespace Storyline.Entities;

/// <summary>
/// The reference lists the entity stages read: organisations, nationality words, role titles,
/// given names and capitalised common words, plus the place gazetteer. Built once from the
/// embedded lists; immutable.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly string[] OrganizationHeads =
    [
        "Council", "Ministry", "Party", "Agency", "Committee", "Organization", "Organisation", "Union", "Bank",
        "University", "Institute", "Institution", "News", "Post", "Times", "Service", "Department", "Commission",
        "Court", "Army", "Forces", "Association", "Company", "Group", "Administration", "Parliament", "Office",
        "Foundation", "Corporation", "Inc", "Corp", "Ltd", "Network", "Journal", "Press", "Tribune", "Guard",
        "Navy", "Police", "Federation", "League", "Club", "Board", "Authority", "School",
        "College", "Campaign", "Movement", "Front", "Alliance", "Assembly", "Cabinet", "Government", "Team",
        "Church", "Society", "Fund", "Trust", "Municipality", "Gallery", "Departments", "Agencies",
        "Herald", "Gazette", "Mail", "Star", "Chronicle", "Telegraph", "Observer", "Magazine", "Weekly", "Sun",
        "Express", "Monitor", "Radio", "Television", "TV", "Airlines", "Airways", "Systems", "Holdings",
        "LLC", "PLC", "AG", "GmbH", "Bureau", "Secretariat", "Senate", "District",
        "Congress", "Caucus", "Coalition", "Brigade", "Battalion", "Regiment", "Division", "Corps", "Legion",
    ];

    /// <summary>Words that end the name of a building, site or other fixed place ("Volgograd Arena", "Kennedy Space Center").</summary>
    private static readonly string[] FacilityHeads =
    [
        "Museum", "Center", "Centre", "Station", "Hall", "Stadium", "Arena", "Airport", "Bridge", "Road", "Street",
        "Avenue", "Boulevard", "Square", "Hotel", "Base", "Hospital", "Mosque", "Cathedral", "Temple", "Synagogue",
        "Planetarium", "Tower", "Towers", "Facility", "Complex", "Memorial", "Palace", "Castle", "Prison", "Harbour",
        "Harbor", "Terminal", "Building", "Plaza", "Mall", "Zoo", "Beach", "Island", "Islands", "River", "Lake",
        "Valley", "Canal", "Highway", "Park", "Mountains", "Desert", "Forest", "Coast", "Peninsula", "Strait",
    ];

    private static readonly string[] EventHeads =
    [
        "War", "Summit", "Olympics", "Games", "Cup", "Conference", "Election", "Elections", "Revolution",
        "Championship", "Festival", "Crisis", "Accord", "Accords", "Agreement", "Treaty", "Forum", "Challenge",
    ];

    /// <summary>Common nouns written with a capital inside the names of things, never inside a person's name.</summary>
    private static readonly string[] ThingWords =
    [
        "Space", "Shuttle", "Program", "Programme", "Project", "System", "Systems", "Science", "Sciences", "Fair",
        "Expo", "Power", "Affairs", "Standards", "Collection", "Collections", "Galleries", "Day", "Year", "Series",
        "Relations", "Prize", "Award", "Awards", "Act", "Law", "Plan", "Policy", "Operation", "Mission", "Global",
        "National", "International", "Federal", "Central", "Royal", "Study", "Report", "Review", "Index", "Data",
        "Research", "Technology", "Health", "Security", "Defense", "Defence", "Energy", "Water", "Air", "Oil",
        "Gas", "Food", "Education", "Development", "Management", "Information", "Intelligence", "Enforcement",
        "Internet", "Online", "Digital", "Media", "Music", "Film", "Art", "Arts", "Climate", "Change", "Nature",
        "Protected", "Classified", "Edition", "Version", "Windows", "Explorer", "Phone", "Station", "Cup",
        "League", "Championship", "Tournament", "Festival", "Museum", "Street", "Road", "Avenue", "Square",
        "Economic", "Social", "Public", "Foreign", "Home", "Justice", "Human", "Rights", "Civil", "Liberation",
    ];

    private const int MinShoutedWordLength = 4;
    private const int MaxShoutedWordLength = 16;

    private readonly FrozenDictionary<string, string> _organizations;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenDictionary<string, RoleTitle> _titles;
    private readonly FrozenSet<string> _givenNames;
    private readonly FrozenSet<string> _commonWords;
    private readonly FrozenSet<string> _organizationHeads;
    private readonly FrozenSet<string> _eventHeads;
    private readonly FrozenSet<string> _facilityHeads;
    private readonly FrozenSet<string> _thingWords;
    private readonly PhraseReach _knownNameReach;
    private readonly PhraseReach _titleReach;
    private readonly PhraseReach _placeReach;

    private EntityLexicon()
    {
        var organizations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ReferenceLines.Read("organizations.txt"))
        {
            foreach (var name in row.Where(n => n.Length > 0))
            {
                organizations.TryAdd(name, row[0]);
            }
        }

        _organizations = organizations.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _demonyms = ReferenceLines.Read("demonyms.txt")
            .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);
        _titles = ReferenceLines.Read("titles.txt")
            .Select(row => new RoleTitle(row[0], row.Length > 1 ? row[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : []))
            .ToFrozenDictionary(t => t.Title, StringComparer.OrdinalIgnoreCase);
        _givenNames = ReferenceLines.Read("given-names.txt").Concat(ReferenceLines.Read("female-given-names.txt"))
            .Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);
        _commonWords = ReferenceLines.Read("common-words.txt").Concat(ReferenceLines.Read("abbreviations.txt"))
            .Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);
        _organizationHeads = OrganizationHeads.ToFrozenSet(StringComparer.Ordinal);
        _eventHeads = EventHeads.ToFrozenSet(StringComparer.Ordinal);
        _facilityHeads = FacilityHeads.ToFrozenSet(StringComparer.Ordinal);
        _thingWords = ThingWords.ToFrozenSet(StringComparer.Ordinal);
        MaxOrganizationWords = organizations.Keys.Max(WordCount);
        MaxTitleWords = _titles.Keys.Max(WordCount);
        _knownNameReach = new PhraseReach(organizations.Keys.Concat(_demonyms.Keys).Concat(Places.Spellings));
        _titleReach = new PhraseReach(_titles.Keys);
        _placeReach = new PhraseReach(Places.Spellings);
    }

    public static EntityLexicon Default { get; } = new();

    public static PlaceGazetteer Places => PlaceGazetteer.Default;

    public int MaxOrganizationWords { get; }

    public int MaxTitleWords { get; }

    public IEnumerable<RoleTitle> Titles => _titles.Values;

    /// <summary>The most words a place, organisation or nationality opening with <paramref name="firstWord"/> has.</summary>
    public int KnownNameWordsFrom(ReadOnlySpan<char> firstWord) => _knownNameReach.WordsFrom(firstWord);

    /// <summary>The most words a role title opening with <paramref name="firstWord"/> has.</summary>
    public int TitleWordsFrom(ReadOnlySpan<char> firstWord) => _titleReach.WordsFrom(firstWord);

    /// <summary>The most words a place opening with <paramref name="firstWord"/> has.</summary>
    public int PlaceWordsFrom(ReadOnlySpan<char> firstWord) => _placeReach.WordsFrom(firstWord);

    public bool TryOrganization(ReadOnlySpan<char> name, out string canonical) =>
        _organizations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out canonical!);

    /// <summary>Whether the word names a people or a faith; <paramref name="country"/> is empty for a faith ("Muslim").</summary>
    public bool TryDemonym(ReadOnlySpan<char> word, out string country) =>
        _demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out country!);

    public bool TryTitle(ReadOnlySpan<char> phrase, out RoleTitle title) =>
        _titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out title!);

    public bool IsGivenName(ReadOnlySpan<char> word) => _givenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Whether the word is a common word, also when written in capitals for emphasis ("UNLESS"); a short
    /// word in capitals is an acronym ("WHO", "US"), so only words of <see cref="MinShoutedWordLength"/> letters count.
    /// </summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        var lookup = _commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        if (word.Length < MinShoutedWordLength || word.Length > MaxShoutedWordLength || !IsShouted(word))
        {
            return false;
        }

        Span<char> capitalised = stackalloc char[word.Length];
        capitalised[0] = word[0];
        for (var i = 1; i < word.Length; i++)
        {
            capitalised[i] = char.ToLowerInvariant(word[i]);
        }

        return lookup.Contains(capitalised);
    }

    private static bool IsShouted(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsOrganizationHead(ReadOnlySpan<char> word) => _organizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsEventHead(ReadOnlySpan<char> word) => _eventHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsThingWord(ReadOnlySpan<char> word) => _thingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsFacilityHead(ReadOnlySpan<char> word) => _facilityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word that ends the name of an organisation, a building or site, or an event.</summary>
    public bool IsHead(ReadOnlySpan<char> word) => IsOrganizationHead(word) || IsFacilityHead(word) || IsEventHead(word);

    private static int WordCount(string s) => s.Count(c => c == ' ') + 1;
}
