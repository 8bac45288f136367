namespace Storyline.Entities;

/// <summary>
/// Groups the mentions of one article into entities: "Kuleba" and "President Putin" join the person
/// named in full ("Dmytro Kuleba", "Vladimir Putin") by surname, spelling variants of a given name
/// join one another, places and organisations join by canonical name.
/// </summary>
public static class EntityResolver
{
    private const int ForwardReach = 400;

    public static EntityAnalysis Resolve(IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var groups = new List<Group>();
        var groupOf = new int[mentions.Count];
        Array.Fill(groupOf, -1);

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Person && Words(mentions[i].Name).Length > 1)
            {
                groupOf[i] = Join(groups, mentions[i], i, FindFullName(groups, mentions[i]));
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (groupOf[i] < 0)
            {
                var m = mentions[i];
                var existing = m.Type == EntityType.Person ? FindBySurname(groups, mentions, m) : FindByName(groups, m);
                groupOf[i] = Join(groups, m, i, existing);
            }
        }

        var entities = groups.Select((g, index) => g.ToEntity(index, mentions)).ToList();
        return new EntityAnalysis(mentions, entities, groupOf);
    }

    /// <summary>
    /// The person a role phrase refers to ("the minister", "the top Russian diplomat"): the last
    /// speaker when they hold that role, else the last person titled with it, else the last speaker
    /// when the article gives them no title, else (a generic
    /// noun such as "the expert") the last person named; an article that gives the role before the
    /// name ("the country's foreign minister said … Dmytro Kuleba told AFP") names them just after.
    /// </summary>
    public static ArticleEntity? ResolveRole(EntityAnalysis analysis, string phrase, int offset, ArticleEntity? lastSpeaker)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var noun = RolePhrase.RoleNounOf(phrase);
        if (noun is null)
        {
            return null;
        }

        var country = RolePhrase.CountryOf(phrase);
        var speakerFits = lastSpeaker is { Type: EntityType.Person } && RolePhrase.Fits(lastSpeaker, noun, country);
        if (speakerFits && lastSpeaker!.Title is not null)
        {
            return lastSpeaker;
        }

        // A last speaker the article never titled fits any role, so a person it titled with this role comes first.
        var titled = analysis.LastBefore(offset, e => e.Type == EntityType.Person && e.Title is not null && RolePhrase.Fits(e, noun, country) && !RolePhrase.IsGeneric(noun));
        if (titled is not null || speakerFits)
        {
            return titled ?? lastSpeaker;
        }

        return analysis.LastBefore(offset, e => e.Type == EntityType.Person && e.Title is not null && RolePhrase.Fits(e, noun, country))
            ?? (RolePhrase.IsGeneric(noun) ? analysis.LastBefore(offset, e => e.Type == EntityType.Person && RolePhrase.Fits(e, noun, country)) : null)
            ?? analysis.FirstAfter(offset, ForwardReach, e => e.Type == EntityType.Person && RolePhrase.Fits(e, noun, country));
    }

    private static int Join(List<Group> groups, EntityMention mention, int index, int existing)
    {
        if (existing < 0)
        {
            groups.Add(new Group(mention.Type));
            existing = groups.Count - 1;
        }

        groups[existing].Mentions.Add(index);
        groups[existing].Names.Add(mention.Name);
        return existing;
    }

    private static int FindFullName(List<Group> groups, EntityMention mention)
    {
        var words = Words(mention.Name);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type == EntityType.Person && groups[g].Names.Any(n => SamePerson(Words(n), words)))
            {
                return g;
            }
        }

        return -1;
    }

    private static int FindBySurname(List<Group> groups, IReadOnlyList<EntityMention> mentions, EntityMention mention)
    {
        var key = NameKey.Of(Words(mention.Name)[^1]);
        var honorific = Honorific(mention);
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g].Type == EntityType.Person && groups[g].Names.Any(n => NameKey.Of(Words(n)[^1]) == key)
                && !groups[g].Mentions.Any(i => Honorific(mentions[i]) is { } other && honorific is not null && other != honorific))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>"Mr. Obama" and "Mrs. Obama" are two people: the honorific says which.</summary>
    private static string? Honorific(EntityMention mention) => mention.Title?.Title switch
    {
        "Mr." => "Mr.",
        "Mrs." or "Ms." or "Miss" => "Ms.",
        _ => null,
    };

    private static int FindByName(List<Group> groups, EntityMention mention)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type == mention.Type && groups[g].Names.Contains(mention.Name, StringComparer.OrdinalIgnoreCase))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>Two full names are one person when the surnames match and the given names are spellings of one name.</summary>
    internal static bool SamePerson(string[] a, string[] b) =>
        NameKey.Of(a[^1]) == NameKey.Of(b[^1]) && (a.Length == 1 || b.Length == 1 || NameKey.SameGivenName(a[0], b[0]));

    internal static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Group(EntityType type)
    {
        public EntityType Type { get; } = type;

        public List<int> Mentions { get; } = [];

        public List<string> Names { get; } = [];

        public ArticleEntity ToEntity(int index, IReadOnlyList<EntityMention> mentions)
        {
            var name = Names.OrderByDescending(n => Words(n).Length).First();
            var titled = Mentions.Select(m => mentions[m]).LastOrDefault(m => m.Title is { RoleNouns.Count: > 0 });
            var affiliation = Mentions.Select(m => mentions[m].Affiliation).LastOrDefault(a => a is not null);
            return new ArticleEntity(index, name, Type, Mentions, titled?.Title, affiliation);
        }
    }
}
