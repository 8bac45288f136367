namespace Storyline.Entities;

/// <summary>
/// Groups the mentions of one article into entities: "Kuleba" and "President Putin" join the person
/// named in full ("Dmytro Kuleba", "Vladimir Putin") by surname when no one else in the article bears
/// it, spelling variants of a given name
/// join one another, places and organisations join by canonical name.
/// </summary>
public static class EntityResolver
{
    private const int ForwardReach = 400;

    /// <summary>The most characters between a title written alone and a name in apposition to it (", ").</summary>
    private const int AppositionGap = 2;

    public static EntityAnalysis Resolve(IReadOnlyList<EntityMention> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var mentions = WithTitlesHeld(found.Where(m => !m.Nested).ToList());
        var groups = new List<Group>();
        var groupOf = new int[mentions.Count];
        Array.Fill(groupOf, -1);

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Person && !mentions[i].TitleAlone && Words(mentions[i].Name).Length > 1)
            {
                groupOf[i] = Join(groups, mentions[i], i, FindFullName(groups, mentions[i]));
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (groupOf[i] < 0 && !mentions[i].TitleAlone)
            {
                var m = mentions[i];
                var existing = m.Type == EntityType.Person ? FindBySurname(groups, mentions, m) : FindByName(groups, m);
                groupOf[i] = Join(groups, m, i, existing);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].TitleAlone)
            {
                groupOf[i] = groupOf[HolderOf(mentions, i)];
                groups[groupOf[i]].Mentions.Add(i);
            }
        }

        foreach (var group in groups)
        {
            group.Mentions.Sort();
        }

        var entities = groups.Select((g, index) => g.ToEntity(index, mentions)).ToList();
        return new EntityAnalysis(mentions, entities, groupOf) { Nested = found.Where(m => m.Nested).ToList() };
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

    /// <summary>The mentions with each title written alone kept only when a person named in the article holds it.</summary>
    private static List<EntityMention> WithTitlesHeld(List<EntityMention> mentions)
    {
        var kept = new List<EntityMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!mentions[i].TitleAlone || HolderOf(mentions, i) >= 0)
            {
                kept.Add(mentions[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// The named mention of the person a title written alone stands for: the last person given that
    /// title before it, else a name written just before it ("Ana Keller, Director of ..."), else the
    /// first person given that title after it or a name written just after it ("the Prime Minister,
    /// Najib Razak, said"); -1 when the article names no holder.
    /// </summary>
    private static int HolderOf(List<EntityMention> mentions, int index)
    {
        var title = mentions[index].Title!.Title;
        bool Holds(EntityMention m) => m.Type == EntityType.Person && !m.TitleAlone
            && string.Equals(m.Title?.Title, title, StringComparison.OrdinalIgnoreCase);
        for (var j = index - 1; j >= 0; j--)
        {
            if (Holds(mentions[j]))
            {
                return j;
            }
        }

        if (index > 0 && mentions[index - 1] is { Type: EntityType.Person, TitleAlone: false } before
            && mentions[index].Span.Start - before.Span.End <= AppositionGap)
        {
            // "Cres Eastman, Director of the study": the title set right after a name is that person's.
            return index - 1;
        }

        var end = mentions[index].Span.End;
        for (var j = index + 1; j < mentions.Count && mentions[j].Span.Start < end + ForwardReach; j++)
        {
            if (Holds(mentions[j]) || (j == index + 1 && mentions[j] is { Type: EntityType.Person, TitleAlone: false } && mentions[j].Span.Start - end <= AppositionGap))
            {
                return j;
            }
        }

        return -1;
    }

    private static int Join(List<Group> groups, EntityMention mention, int index, int existing)
    {
        if (existing < 0)
        {
            groups.Add(new Group(mention.Type));
            existing = groups.Count - 1;
        }

        groups[existing].Mentions.Add(index);
        groups[existing].AddName(mention.Name);
        return existing;
    }

    private static int FindFullName(List<Group> groups, EntityMention mention)
    {
        var words = Words(mention.Name);
        var surname = NameKey.Of(words[^1]);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type == EntityType.Person && groups[g].Spellings.Any(n => SamePerson(n.Words, n.Surname, words, surname)))
            {
                return g;
            }
        }

        return -1;
    }

    private static int FindBySurname(List<Group> groups, List<EntityMention> mentions, EntityMention mention)
    {
        var key = NameKey.Of(Words(mention.Name)[^1]);
        var honorific = Honorific(mention);
        var bearers = Enumerable.Range(0, groups.Count)
            .Where(g => groups[g].Type == EntityType.Person && groups[g].SurnameKeys.Contains(key)
                && !groups[g].Mentions.Any(i => Honorific(mentions[i]) is { } other && honorific is not null && other != honorific))
            .ToList();
        if (bearers.Count <= 1)
        {
            return bearers.Count == 1 ? bearers[0] : -1;
        }

        // Two people of the article share the surname: it names neither, only the surname said alone before.
        return bearers.FirstOrDefault(g => groups[g].Names.All(n => Words(n).Length == 1), -1);
    }

    /// <summary>"Mr. Obama" and "Mrs. Obama" are two people: the honorific says which.</summary>
    private static string? Honorific(EntityMention mention) => mention.Title?.Title switch
    {
        "Mr." or "Mr" => "Mr.",
        "Mrs." or "Ms." or "Mrs" or "Ms" or "Miss" => "Ms.",
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
    internal static bool SamePerson(string[] a, string[] b) => SamePerson(a, NameKey.Of(a[^1]), b, NameKey.Of(b[^1]));

    /// <summary><see cref="SamePerson(string[], string[])"/> with the name keys of the surnames already made.</summary>
    private static bool SamePerson(string[] a, string aSurname, string[] b, string bSurname) =>
        aSurname == bSurname && (a.Length == 1 || b.Length == 1 || NameKey.SameGivenName(a[0], b[0]));

    internal static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Group(EntityType type)
    {
        public EntityType Type { get; } = type;

        public List<int> Mentions { get; } = [];

        public List<string> Names { get; } = [];

        /// <summary>The name keys of the last word of every name, kept as names join: each mention asks every group.</summary>
        public HashSet<string> SurnameKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>The words of each name and the name key of its last word, made once: each full name asks every name of every group.</summary>
        public List<(string[] Words, string Surname)> Spellings { get; } = [];

        public void AddName(string name)
        {
            Names.Add(name);
            var words = Words(name);
            var surname = NameKey.Of(words[^1]);
            Spellings.Add((words, surname));
            SurnameKeys.Add(surname);
        }

        public ArticleEntity ToEntity(int index, List<EntityMention> mentions)
        {
            var name = Names.OrderByDescending(n => Words(n).Length).First();
            var titled = Mentions.Select(m => mentions[m]).LastOrDefault(m => m.Title is { RoleNouns.Count: > 0 });
            var affiliation = Mentions.Select(m => mentions[m].Affiliation).LastOrDefault(a => a is not null);
            return new ArticleEntity(index, name, Type, Mentions, titled?.Title, affiliation);
        }
    }
}
