using System.Text;

namespace Storyline.Entities;

/// <summary>
/// One canonical entity per real-world entity across articles. A person joins an entry with the
/// same surname (spelling-insensitive) and a compatible given name, so "Anthony Blinken" joins
/// "Antony Blinken" while "Dmitry Kozak" never joins "Dmytro Kuleba" and "Jim Jordan" never joins
/// "Chuck Jordan"; a surname alone joins only the one person known by it. Other entities join by name
/// or alias. The first full name seen stays canonical and the id is its slug, so ids are stable as
/// articles arrive. The catalog is saved and rebuilt as a plain list of <see cref="CatalogEntry"/>.
/// </summary>
public sealed class EntityCatalog
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entry>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Entry> _changed = [];

    public static EntityCatalog FromEntries(IEnumerable<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var catalog = new EntityCatalog();
        foreach (var record in entries)
        {
            var entry = new Entry(record.Id, record.CanonicalName, record.Type);
            catalog._entries.Add(entry);
            catalog._ids.Add(entry.Id);
            catalog.Index(entry, record.CanonicalName);
            foreach (var alias in record.Aliases)
            {
                catalog.Index(entry, alias);
            }
        }

        catalog.TakeChanges();
        return catalog;
    }

    /// <summary>The entries added or changed since the last call, so a store writes only those.</summary>
    public IReadOnlyList<CatalogEntry> TakeChanges()
    {
        var changes = _changed.Select(e => e.ToRecord()).ToList();
        foreach (var entry in _changed)
        {
            entry.Changed = false;
        }

        _changed.Clear();
        return changes;
    }

    public IReadOnlyList<CatalogEntry> ToEntries() =>
        _entries.Select(e => new CatalogEntry(e.Id, e.CanonicalName, e.Type, [.. e.Aliases])).ToList();

    /// <summary>Adds an entity of an article under all its spellings and returns the entry it belongs to.</summary>
    public CatalogEntry Add(string name, EntityType type, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(aliases);
        var spellings = aliases.Prepend(name).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var entry = Find(name, type, spellings) ?? Create(name, type);
        if (type == EntityType.Person && !entry.CanonicalName.Contains(' ', StringComparison.Ordinal) && name.Contains(' ', StringComparison.Ordinal))
        {
            // A surname seen first gives way to the first full name; the id stays.
            entry.CanonicalName = name;
            MarkChanged(entry);
        }

        foreach (var spelling in spellings)
        {
            Index(entry, spelling);
        }

        return entry.ToRecord();
    }

    /// <summary>The entry a name of the given type belongs to, or null when the catalog does not know it.</summary>
    public CatalogEntry? Find(string name, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(name, type, [name])?.ToRecord();
    }

    private Entry? Find(string name, EntityType type, List<string> spellings)
    {
        if (type == EntityType.Person)
        {
            var words = EntityResolver.Words(name);
            if (words.Length == 0 || !_bySurname.TryGetValue(NameKey.Of(words[^1]), out var candidates))
            {
                return null;
            }

            var matches = candidates.Where(c => IsSamePerson(c, words)).Take(2).ToList();
            // A surname alone names no one when two people share it (Chuck and Jim Jordan).
            return matches.Count == 1 || words.Length > 1 ? matches.FirstOrDefault() : null;
        }

        foreach (var spelling in spellings)
        {
            if (_byAlias.TryGetValue(spelling, out var entry) && entry.Type == type)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>An entry known by full names joins only a compatible full name; one known by surname alone joins any.</summary>
    private static bool IsSamePerson(Entry entry, string[] words)
    {
        var fullNames = entry.Aliases.Select(EntityResolver.Words).Where(w => w.Length > 1).ToList();
        return fullNames.Count == 0 || words.Length == 1
            ? entry.Aliases.Any(a => EntityResolver.SamePerson(EntityResolver.Words(a), words))
            : fullNames.Any(f => EntityResolver.SamePerson(f, words));
    }

    private Entry Create(string name, EntityType type)
    {
        var slug = Slug(name);
        var id = slug;
        for (var n = 2; _ids.Contains(id); n++)
        {
            id = $"{slug}-{n}";
        }

        var entry = new Entry(id, name, type);
        _entries.Add(entry);
        _ids.Add(id);
        MarkChanged(entry);
        return entry;
    }

    private void Index(Entry entry, string spelling)
    {
        if (!entry.Aliases.Contains(spelling, StringComparer.Ordinal))
        {
            entry.Aliases.Add(spelling);
            MarkChanged(entry);
        }

        _byAlias.TryAdd(spelling, entry);
        if (entry.Type == EntityType.Person)
        {
            var words = EntityResolver.Words(spelling);
            if (words.Length > 0)
            {
                var key = NameKey.Of(words[^1]);
                if (!_bySurname.TryGetValue(key, out var list))
                {
                    _bySurname[key] = list = [];
                }

                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }
        }
    }

    private void MarkChanged(Entry entry)
    {
        if (!entry.Changed)
        {
            entry.Changed = true;
            _changed.Add(entry);
        }
    }

    private static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private sealed class Entry(string id, string canonicalName, EntityType type)
    {
        public string Id { get; } = id;

        public string CanonicalName { get; set; } = canonicalName;

        public EntityType Type { get; } = type;

        public List<string> Aliases { get; } = [];

        public bool Changed { get; set; }

        public CatalogEntry ToRecord() => new(Id, CanonicalName, Type, [.. Aliases]);
    }
}
