using Storyline.Documents;
using Storyline.Quotes;
using Storyline.Reference;
using Storyline.Text;

namespace Storyline.Entities;

/// <summary>
/// Finds names in a clean text: runs of capitalised words read against the reference lists
/// (places, organisations, nationalities, role titles, given names) and their context (a title
/// before, a reporting verb after). A capitalised common word opening a sentence is not a name, and
/// a word capitalised only where every word is (a headline) counts only when the body confirms it.
/// </summary>
public sealed class EntityRecognizer
{
    private const int MaxPersonWords = 4;
    private const int MaxNameWords = 8;
    private const string OpeningMarks = "\"“‘'(:)[—–";
    private static readonly string[] HeadFirstConnectors = ["of", "for", "on"];
    private static readonly string[] NonNameEndings = ["ing", "ed", "ly"];
    private static readonly string[] AdjectiveTails =
    [
        "related", "like", "based", "led", "backed", "style", "born", "made", "owned", "run", "funded", "linked",
        "affiliated", "bound", "free", "friendly", "inspired", "themed", "wide", "specific", "centric", "speaking",
    ];
    private const int MaxUnknownWords = 3;
    private static readonly string[] NameParticles = ["de", "van", "von", "bin", "al", "da", "di", "la", "le"];
    private const int MaxAcronymLength = 6;
    private const int MaxNumberLabelLength = 4;
    private const int MaxGoalsLength = 2;
    private const int MaxCurrencyPrefixLength = 3;

    /// <summary>The most words between a team's name and the score ("Tunisia lost 1 – 2").</summary>
    private const int ScoreReach = 1;
    private static readonly string[] BoundArticles = ["Al", "El", "Ul"];
    private static readonly string[] CompassWords = ["North", "South", "East", "West"];
    private const string NumberContinuations = "–-—:/";
    private const int MaxFunctionWordLength = 3;
    private static readonly string[] Connectors = ["of", "for", "and", "on", "the", "in"];
    private static readonly string[] PlacePrepositions = ["in", "near", "from", "across", "outside"];
    private static readonly string[] PartyWords = ["Democrat", "Democratic", "Republican", "GOP", "Libertarian", "Independent"];
    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "can", "ic"];

    private readonly EntityLexicon _lexicon = EntityLexicon.Default;

    public IReadOnlyList<EntityMention> Recognize(string text, TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        var sentences = ArticleWords.Of(text, layout).Sentences;
        var confirmed = MidSentenceCapitals(text, sentences);
        var mentions = new List<EntityMention>();
        foreach (var words in sentences)
        {
            new SentenceReader(this, text, words, confirmed, mentions).Read();
        }

        return PromoteSurnames(TeamsByScore(text, sentences, mentions));
    }

    /// <summary>
    /// "Belgium 3 – 0 Panama", "Tunisia lost 1 – 2 to England": a place named beside a match score is a
    /// national or city team, an organisation, wherever the article names it.
    /// </summary>
    private static List<EntityMention> TeamsByScore(string text, List<List<Word>> sentences, List<EntityMention> mentions)
    {
        HashSet<string>? teams = null;
        var m = 0;
        foreach (var words in sentences)
        {
            for (var s = 0; s + 2 < words.Count; s++)
            {
                if (!IsScore(text, words, s))
                {
                    continue;
                }

                var before = s >= ScoreReach + 1 ? words[s - ScoreReach - 1].Span.End : words[0].Span.Start;
                var after = s + 3 + ScoreReach < words.Count ? words[s + 3 + ScoreReach].Span.Start : words[^1].Span.End;
                while (m < mentions.Count && mentions[m].Span.End <= before)
                {
                    m++;
                }

                for (var k = m; k < mentions.Count && mentions[k].Span.Start < after; k++)
                {
                    var near = mentions[k].Span.End <= words[s].Span.Start || mentions[k].Span.Start >= words[s + 2].Span.End;
                    if (near && mentions[k].Type is EntityType.GeoPolitical or EntityType.Location)
                    {
                        (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(mentions[k].Name);
                    }
                }
            }
        }

        return teams is null
            ? mentions
            : mentions.Select(x => x.Type is EntityType.GeoPolitical or EntityType.Location && teams.Contains(x.Name) ? x with { Type = EntityType.Organization } : x).ToList();
    }

    /// <summary>"3 – 0": two small numbers joined by a dash.</summary>
    private static bool IsScore(string text, List<Word> words, int start) =>
        IsGoals(text, words[start]) && words[start + 1].IsPunctuation && text[words[start + 1].Span.Start] is '–' or '-' or '—'
        && IsGoals(text, words[start + 2]);

    private static bool IsGoals(string text, Word word) =>
        !word.IsPunctuation && word.Span.Length <= MaxGoalsLength && char.IsAsciiDigit(text[word.Span.Start]) && char.IsAsciiDigit(text[word.Span.End - 1]);

    /// <summary>Capitalised words seen after the first word of a sentence that is not all capitals.</summary>
    private static HashSet<string> MidSentenceCapitals(string text, List<List<Word>> sentences)
    {
        // Room for a few names a sentence, so that the set is seldom regrown.
        var seen = new HashSet<string>(sentences.Count * 4, StringComparer.Ordinal);
        foreach (var words in sentences.Where(w => !IsTitleCase(text, w)))
        {
            for (var i = 1; i < words.Count; i++)
            {
                if (words[i].IsCapitalised(text) && !words[i - 1].IsPunctuation)
                {
                    seen.GetAlternateLookup<ReadOnlySpan<char>>().Add(words[i].Of(text));
                }
            }
        }

        return seen;
    }

    /// <summary>A headline written in title case: several words and no lowercase word but short function words ("on", "the").</summary>
    private static bool IsTitleCase(string text, List<Word> words)
    {
        var content = 0;
        var capitalised = true;
        foreach (var w in words)
        {
            if (!w.IsPunctuation && char.IsLetter(text[w.Span.Start]))
            {
                content++;
                capitalised &= w.IsCapitalised(text) || w.Span.Length <= MaxFunctionWordLength;
            }
        }

        return content >= 4 && capitalised;
    }

    /// <summary>A single word that is the surname of a person named in full elsewhere is that person.</summary>
    private static List<EntityMention> PromoteSurnames(List<EntityMention> mentions)
    {
        var surnames = new HashSet<string>(
            mentions.Where(m => m.Type == EntityType.Person && m.Name.Contains(' ', StringComparison.Ordinal))
                .Select(m => NameKey.Of(m.Name[(m.Name.LastIndexOf(' ') + 1)..])),
            StringComparer.Ordinal);
        return mentions
            .Select(m => IsGuessed(m) && !m.Name.Contains(' ', StringComparison.Ordinal) && surnames.Contains(NameKey.Of(m.Name))
                ? m with { Type = EntityType.Person }
                : m)
            .ToList();
    }

    /// <summary>A type read from context alone, not from a reference list.</summary>
    private static bool IsGuessed(EntityMention mention) =>
        mention.Type == EntityType.Other || (mention.Type == EntityType.GeoPolitical && !EntityLexicon.Places.TryFind(mention.Name, out _));

    private static string Phrase(string text, List<Word> words, int start, int end)
    {
        if (end - start == 1)
        {
            return words[start].Of(text).ToString();
        }

        return string.Join(' ', words.Skip(start).Take(end - start).Select(w => w.Of(text).ToString()));
    }

    /// <summary>Reads the names of one sentence, left to right.</summary>
    private sealed class SentenceReader(EntityRecognizer owner, string text, List<Word> words, HashSet<string> confirmed, List<EntityMention> mentions)
    {
        private readonly EntityLexicon _lexicon = owner._lexicon;
        private readonly bool _titleCase = IsTitleCase(text, words);
        private readonly int _firstWord = words.FindIndex(w => !w.IsPunctuation);

        public void Read()
        {
            var i = 0;
            while (i < words.Count)
            {
                i = words[i].IsCapitalised(text) && !_lexicon.IsCommonWord(words[i].Of(text)) && !IsFirstPersonContraction(words[i].Of(text)) ? ReadFrom(i) : i + 1;
            }
        }

        private int ReadFrom(int i)
        {
            if (IsCurrencyPrefix(i))
            {
                // "US$ 20,000", "NZ $26 million": the country names the dollar, not a place in the story.
                return i + 1;
            }

            string? affiliation = null;
            var spanStart = words[i].Span.Start;
            if (TryKnownName(i, out var known, out var end))
            {
                if (end < words.Count && !IsPossessive(words[end]) && TryHeadedName(i, end, out var headed))
                {
                    // "Saudi Interior Ministry", "Volgograd Arena": a place or people opens the name of a body or a building.
                    return headed;
                }

                var next = end < words.Count && IsPossessive(words[end]) ? end + 1 : end;
                if (!TryTitle(next, out _, out _))
                {
                    mentions.Add(known);
                    return end;
                }

                affiliation = known.Type == EntityType.Nationality ? CountryOf(known.Name) : known.Name;
                if (known.Type != EntityType.Nationality || next != end)
                {
                    // "Afghan Ambassador X" is written as one title; "NATO Secretary-General X" names the body apart.
                    mentions.Add(known);
                    spanStart = words[next].Span.Start;
                }

                i = next;
            }

            if (TryTitle(i, out var title, out var afterTitle))
            {
                var nameEnd = NameChunkEnd(afterTitle);
                while (_titleCase && nameEnd > afterTitle + 1 && !IsConfirmed(nameEnd - 1))
                {
                    // In a headline every word is capitalised: "President Obama Speech at …" names Obama.
                    nameEnd--;
                }

                if (nameEnd == afterTitle)
                {
                    AddTitleAlone(i, afterTitle, title, affiliation);
                    return afterTitle;
                }

                AddMention(TextSpan.FromBounds(spanStart, words[nameEnd - 1].Span.End), afterTitle, nameEnd, EntityType.Person, title, affiliation);
                return nameEnd;
            }

            return ReadUnknown(i);
        }

        /// <summary>
        /// "The President said", "Malaysia's Prime Minister, Najib Razak": a capitalised title standing for
        /// its holder. The resolver joins it to the person who holds the title, or leaves it out.
        /// </summary>
        private void AddTitleAlone(int start, int end, RoleTitle title, string? affiliation)
        {
            if (_titleCase || title.RoleNouns.Count == 0 || IsOpening(start))
            {
                return;
            }

            var span = Span(start, end);
            mentions.Add(new EntityMention(span, span, EntityType.Person, title.Title, title, affiliation, TitleAlone: true));
        }

        /// <summary>A known name followed by capitalised words that end in a head word is one name ("US National Park Service").</summary>
        private bool TryHeadedName(int start, int knownEnd, out int end)
        {
            end = knownEnd;
            if (!words[knownEnd].IsCapitalised(text) || _lexicon.IsCommonWord(words[knownEnd].Of(text)) || TryTitle(knownEnd, out _, out _))
            {
                return false;
            }

            var chunkEnd = NameChunkEnd(start, MaxNameWords);
            while (chunkEnd > knownEnd && !_lexicon.IsHead(words[chunkEnd - 1].Of(text)))
            {
                chunkEnd--;
            }

            if (chunkEnd == knownEnd || _titleCase && !AllConfirmed(knownEnd, chunkEnd))
            {
                return false;
            }

            var head = chunkEnd;
            end = WithNumberLabel(ExtendHeadedName(start, chunkEnd, ref head));
            AddMention(Span(start, end), start, end, HeadType(head, end), null, null);
            return true;
        }

        private int ReadUnknown(int i)
        {
            var end = NameChunkEnd(i);
            var longer = NameChunkEnd(i, MaxNameWords);
            if (longer > end && _lexicon.IsHead(words[longer - 1].Of(text)))
            {
                // "Kennedy Space Center Visitor Complex": a long name is read whole when a head word ends it.
                end = longer;
            }

            for (var k = i + 1; k < end - 2; k++)
            {
                if (_lexicon.IsOrganizationHead(words[k].Of(text)) && !_lexicon.IsHead(words[end - 1].Of(text)))
                {
                    // "the Refugee Council Rana Adeyemi": a body's name ends at its head word; a person's name follows.
                    end = k + 1;
                    break;
                }
            }

            if (IsOpening(i) && end - i > 1 && !IsKnownWord(i) && !IsNameBeforeComma(i, end) && !IsBoundName(words[i + 1].Of(text)))
            {
                // "Injecting Clinton": a word capitalised only because it opens the sentence.
                i++;
            }

            if (end - i > 2 && IsPartyWord(words[i]) && _lexicon.IsGivenName(words[i + 1].Of(text)))
            {
                // "Republican Donald Trump": the party is an affiliation written before the name, not part of it.
                i++;
            }

            if (end == i)
            {
                return i + 1;
            }

            for (var k = i + 1; k < end; k++)
            {
                if (TryTitle(k, out _, out var afterTitle) && NameChunkEnd(afterTitle) > afterTitle)
                {
                    // "House Speaker Paul Ryan", "Charlotte Mayor Jennifer Roberts": the words before the title name the body or place.
                    var body = words[i].Of(text);
                    var bodyType = k - i == 1 && !IsAllCapitals(body) ? EntityType.GeoPolitical : EntityType.Organization;
                    AddMention(Span(i, k), i, k, bodyType, null, null);
                    return k;
                }
            }

            var type = Classify(i, ref end, out var lowercaseTitle);
            if (type is null)
            {
                return end;
            }

            if (type != EntityType.Person)
            {
                end = WithNumberLabel(end);
            }

            AddMention(TextSpan.FromBounds(words[i].Span.Start, words[end - 1].Span.End), i, end, type.Value, lowercaseTitle, null);
            return end;
        }

        /// <summary>The type the head word ending at <paramref name="head"/> gives a name; "Centre for …" is a body, not a building.</summary>
        private EntityType HeadType(int head, int end)
        {
            var word = words[head - 1].Of(text);
            return _lexicon.IsOrganizationHead(word) || (_lexicon.IsFacilityHead(word) && head < end && words[head].Is(text, "for"))
                ? EntityType.Organization
                : _lexicon.IsFacilityHead(word) ? EntityType.Location : EntityType.Event;
        }

        /// <summary>
        /// The end of a name after connectors: "Daughters of the American Revolution" and "Municipality of
        /// Livorno" read on; the word that gives its type (<paramref name="head"/>) is the last head word.
        /// </summary>
        private int ExtendHeadedName(int start, int end, ref int head)
        {
            var extended = ExtendThroughConnectors(start, end);
            if (extended == end)
            {
                return end;
            }

            if (_lexicon.IsHead(words[extended - 1].Of(text)))
            {
                head = extended;
                return extended;
            }

            // "Daughters of the American Revolution Constitution Hall in Washington": the name ends at its
            // head word, before "in" and the place where it stands.
            var beforeIn = ExtendThroughConnectors(start, end, stopAtIn: true);
            if (beforeIn > end && _lexicon.IsHead(words[beforeIn - 1].Of(text)))
            {
                head = beforeIn;
                return beforeIn;
            }

            // "Museum of Flight in Seattle": a name opened by its head word takes no place after "in".
            var headFirst = _lexicon.IsHead(words[end - 1].Of(text)) && HeadFirstConnectors.Any(c => words[end].Is(text, c));
            return headFirst ? ExtendThroughConnectors(start, end, stopAtIn: true) : end;
        }

        private bool AllConfirmed(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (!IsConfirmed(k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the word opens the sentence, a quotation, a parenthesis or a list item, where any word is capitalised.</summary>
        private bool IsOpening(int i) =>
            i == _firstWord || (i > 0 && words[i - 1].IsPunctuation && !IsPossessive(words[i - 1]) && OpeningMarks.Contains(text[words[i - 1].Span.Start], StringComparison.Ordinal));

        /// <summary>"Lydia Marsh, a spokeswoman, …": two capitalised words opening a sentence before a comma are a name.</summary>
        private bool IsNameBeforeComma(int start, int end)
        {
            var first = words[start].Of(text).ToString();
            if (end - start != 2 || NonNameEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal)) || end >= words.Count)
            {
                return false;
            }

            return words[end].IsMark(text, ',');
        }

        /// <summary>
        /// "Ka-chun", "Al-Maeena": a given name whose syllables are joined by a hyphen, or a family name
        /// bound to its article, belongs to a person, so the word before it is the rest of the name.
        /// </summary>
        private static bool IsBoundName(ReadOnlySpan<char> word)
        {
            var hyphen = word.IndexOf('-');
            if (hyphen <= 0 || hyphen + 1 >= word.Length)
            {
                return false;
            }

            var rest = word[(hyphen + 1)..];
            return char.IsLower(rest[0]) && rest.IndexOf('-') < 0
                || (char.IsUpper(rest[0]) && BoundArticles.Contains(word[..hyphen].ToString(), StringComparer.OrdinalIgnoreCase));
        }

        private static bool IsFirstPersonContraction(ReadOnlySpan<char> word) =>
            word.Length > 2 && word[0] == 'I' && word[1] is '\'' or '’';

        /// <summary>The mention written just before the bracket that opens at <paramref name="start"/> - 1, when the word there is an acronym.</summary>
        private EntityMention? AcronymOfNameBefore(int start)
        {
            var word = words[start].Of(text);
            if (start < 2 || word.Length is < 2 or > MaxAcronymLength || !IsAllCapitals(word) || !words[start - 1].IsPunctuation
                || text[words[start - 1].Span.Start] is not ('(' or '['))
            {
                return null;
            }

            // A place nested in the name ("Arlington" in "University of Texas Arlington") is listed after it.
            var before = mentions.LastOrDefault(m => !m.Nested);
            return before is not null && before.Span.End == words[start - 2].Span.End && before.Type != EntityType.Person && !before.TitleAlone ? before : null;
        }

        private bool IsCurrencyPrefix(int i) =>
            i + 1 < words.Count && words[i + 1].IsMark(text, '$') && words[i].Span.Length <= MaxCurrencyPrefixLength && IsAllCapitals(words[i].Of(text));

        private bool IsConfirmed(int i) => confirmed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[i].Of(text));

        /// <summary>"Scientology-related", "Warhol-like": a name joined to a lowercase word is an adjective, not a name.</summary>
        private bool IsHyphenatedAdjective(int start, int end)
        {
            if (end - start != 1)
            {
                return false;
            }

            var word = words[start].Of(text);
            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && AdjectiveTails.Contains(word[(hyphen + 1)..].ToString(), StringComparer.Ordinal);
        }

        private bool HasInitial(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (words[k].Span.Length == 2 && text[words[k].Span.End - 1] == '.')
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKnownWord(int i)
        {
            var word = words[i].Of(text);
            return confirmed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || _lexicon.IsGivenName(word) || IsAllCapitals(word);
        }

        private EntityType? Classify(int start, ref int end, out RoleTitle? lowercaseTitle)
        {
            lowercaseTitle = LowercaseTitleBefore(start);
            var head = end;
            end = ExtendHeadedName(start, end, ref head);
            var first = words[start].Of(text);
            var count = end - start;
            if (_titleCase && !AllConfirmed(start, end))
            {
                return null;
            }

            if (count == 1 && AcronymOfNameBefore(start) is { } named)
            {
                // "Kennedy Space Center (KSC)", "the Union of Rationalist Atheists (UAAR)": an acronym in
                // brackets right after a name is that name's, and names the same kind of thing.
                return named.Type;
            }

            if (IsOpening(start) && count == 1 && !confirmed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first) && lowercaseTitle is null)
            {
                return null;
            }

            if (IsHyphenatedAdjective(start, end))
            {
                return null;
            }

            var headWord = words[head - 1].Of(text);
            if (count == 1 && _lexicon.IsHead(first) && !IsAllCapitals(first))
            {
                // "the University", "Police": a head word alone is a common noun written with a capital.
                return start > 0 && words[start - 1].Is(text, "the") && NamesEarlierBody(first.ToString()) ? EntityType.Organization : null;
            }

            if (_lexicon.IsHead(headWord))
            {
                return HeadType(head, end);
            }

            var cueAfter = end < words.Count && CueLexicon.IsCue(words[end].Of(text)) && !words[end].IsCapitalised(text);
            // "…, said Mauer.": a reporting verb before a name closing the clause.
            var cueBefore = start > 0 && CueLexicon.IsCue(words[start - 1].Of(text)) && !words[start - 1].IsCapitalised(text)
                && !IsAllCapitals(first) && (end == words.Count || words[end].IsPunctuation);
            if (lowercaseTitle is not null || _lexicon.IsGivenName(first) || cueAfter || cueBefore)
            {
                if (count > MaxUnknownWords && !HasInitial(start, end))
                {
                    // "Barack Obama Election Day": a given and a family name, then other capitalised words.
                    end = start + 2;
                }

                return EntityType.Person;
            }

            if (start > 0 && PlacePrepositions.Any(p => words[start - 1].Is(text, p)) && count <= 2)
            {
                return EntityType.GeoPolitical;
            }

            if (count == 1 && (IsRomanNumeral(first) || first.Length == 1 || CompassWords.Contains(first.ToString(), StringComparer.Ordinal)))
            {
                // "part XVII", "Texas A&M", "North and South Korea": a numeral, a letter or a direction alone names nothing.
                return null;
            }

            if (count == 1 && IsAllCapitals(first) && first.Length is > 1 and <= MaxAcronymLength)
            {
                return EntityType.Organization;
            }

            if (count == 1 && LooksLikeDemonym(first) && end < words.Count && !words[end].IsPunctuation && !words[end].IsCapitalised(text))
            {
                return EntityType.Nationality;
            }

            if (count > 1 && start > 0 && words[start - 1].Is(text, "the"))
            {
                // People are not named with "the": "the Civic Party", "the Hong Kong Observatory".
                return EntityType.Organization;
            }

            if (count > 1 && count <= MaxUnknownWords && !HasThingWord(start, end))
            {
                return EntityType.Person;
            }

            return EntityType.Other;
        }

        /// <summary>"Space Shuttle Columbia", "Windows XP": a common noun or an acronym is no part of a person's name.</summary>
        private bool HasThingWord(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var word = words[k].Of(text);
                if (_lexicon.IsThingWord(word) || (word.Length > 1 && IsAllCapitals(word) && !word.Contains('.')))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"the Court" after "the Supreme Court of Cassation": a head word alone names the body the article named in full.</summary>
        private bool NamesEarlierBody(string head)
        {
            foreach (var mention in mentions)
            {
                if (mention.Type == EntityType.Organization && mention.NameSpan.Length > head.Length
                    && EntityResolver.Words(mention.NameSpan.Of(text)).Contains(head, StringComparer.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryKnownName(int i, out EntityMention mention, out int end)
        {
            var best = 0;
            mention = null!;
            var limit = Math.Min(words.Count - i, Math.Max(_lexicon.MaxOrganizationWords, EntityLexicon.Places.MaxWords));
            limit = Math.Min(limit, _lexicon.KnownNameWordsFrom(words[i].Of(text)));
            for (var k = limit; k >= 1 && best == 0; k--)
            {
                if (!AllWords(i, i + k))
                {
                    continue;
                }

                var phrase = PhraseOf(i, i + k);
                if (EntityLexicon.Places.TryFind(phrase, out var place))
                {
                    var type = place.Kind == PlaceKind.Region ? EntityType.Location : EntityType.GeoPolitical;
                    mention = new EntityMention(Span(i, i + k), Span(i, i + k), type, place.Name);
                    best = k;
                }
                else if (_lexicon.TryOrganization(phrase, out var organization))
                {
                    mention = new EntityMention(Span(i, i + k), Span(i, i + k), EntityType.Organization, organization);
                    best = k;
                }
                else if (k <= 2 && _lexicon.TryDemonym(phrase, out _))
                {
                    mention = new EntityMention(Span(i, i + k), Span(i, i + k), EntityType.Nationality, phrase.ToString());
                    best = k;
                }
            }

            end = i + best;
            return best > 0;
        }

        private string? CountryOf(string demonym) => !_lexicon.TryDemonym(demonym, out var country) ? demonym : country.Length > 0 ? country : null;

        private bool TryTitle(int i, out RoleTitle title, out int end)
        {
            title = null!;
            end = i;
            if (i >= words.Count || !words[i].IsCapitalised(text))
            {
                return false;
            }

            for (var k = Math.Min(Math.Min(_lexicon.MaxTitleWords, words.Count - i), _lexicon.TitleWordsFrom(words[i].Of(text))); k >= 1; k--)
            {
                if (AllWords(i, i + k) && _lexicon.TryTitle(PhraseOf(i, i + k), out title))
                {
                    end = i + k;
                    return true;
                }
            }

            return false;
        }

        private RoleTitle? LowercaseTitleBefore(int start)
        {
            for (var k = Math.Min(_lexicon.MaxTitleWords, start); k >= 1; k--)
            {
                if (AllWords(start - k, start) && !words[start - k].IsCapitalised(text) && k <= _lexicon.TitleWordsFrom(words[start - k].Of(text))
                    && _lexicon.TryTitle(PhraseOf(start - k, start), out var title) && title.RoleNouns.Count > 0)
                {
                    return title;
                }
            }

            return null;
        }

        /// <summary>The end of a run of capitalised words (with name particles) from <paramref name="start"/>.</summary>
        private int NameChunkEnd(int start, int maxWords = MaxPersonWords)
        {
            var end = start;
            while (end < words.Count && end - start < maxWords)
            {
                var word = words[end];
                if (word.IsCapitalised(text) && !_lexicon.IsCommonWord(word.Of(text)) && !StartsKnownName(end, start))
                {
                    end++;
                }
                else if (end > start && end + 1 < words.Count && IsParticle(word) && words[end + 1].IsCapitalised(text))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            while (end > start && IsParticle(words[end - 1]))
            {
                end--;
            }

            return end;
        }

        /// <summary>A place or organisation inside a run ends the name before it ("Kuleba Ukraine" is rare; "Joe Biden" is not a place).</summary>
        private bool StartsKnownName(int i, int chunkStart) =>
            i > chunkStart && EntityLexicon.Places.TryFind(words[i].Of(text), out _) && !_lexicon.IsGivenName(words[chunkStart].Of(text))
            && !EndsInHead(i + 1, chunkStart + MaxNameWords);

        /// <summary>
        /// Whether the capitalised words from <paramref name="start"/> end in a head word: a place inside
        /// them is part of a longer name ("Metro Toronto Convention Centre").
        /// </summary>
        private bool EndsInHead(int start, int limit)
        {
            var headFound = false;
            for (var k = start; k < Math.Min(limit, words.Count) && words[k].IsCapitalised(text) && !_lexicon.IsCommonWord(words[k].Of(text)); k++)
            {
                headFound = _lexicon.IsHead(words[k].Of(text));
            }

            return headFound;
        }

        private int ExtendThroughConnectors(int start, int end, bool stopAtIn = false)
        {
            if (end < words.Count && end - start > 1 && !_lexicon.IsHead(words[end - 1].Of(text)) && !IsAmpersand(words[end]) && !words[end].Is(text, "and"))
            {
                // "Tanya Lau of the Civic Party": a name of several words without a head word is a person of that body.
                return end;
            }

            var extended = end;
            var k = end;
            while (k + 1 < words.Count && (IsConnector(words[k]) || IsAmpersand(words[k]))
                && !(words[k].Is(text, "and") && words[k + 1].Is(text, "the")) && !(stopAtIn && words[k].Is(text, "in")))
            {
                var next = k + 1;
                while (next < words.Count && IsConnector(words[next]))
                {
                    next++;
                }

                var chunkEnd = next;
                while (chunkEnd < words.Count && words[chunkEnd].IsCapitalised(text) && !_lexicon.IsCommonWord(words[chunkEnd].Of(text))
                    && !(chunkEnd > next && (_lexicon.IsGivenName(words[chunkEnd].Of(text)) || TryTitle(chunkEnd, out _, out _))))
                {
                    // A given name or a title after the first word starts a person ("University of Selm Maria Lind").
                    chunkEnd++;
                }

                if (chunkEnd == next)
                {
                    break;
                }

                extended = chunkEnd;
                k = chunkEnd;
            }

            return extended;
        }

        private bool IsAmpersand(Word word) => word.IsMark(text, '&');

        private bool IsConnector(Word word) => !word.IsPunctuation && IsOneOf(word.Of(text), Connectors);

        private bool IsParticle(Word word) => !word.IsPunctuation && IsOneOf(word.Of(text), NameParticles);

        private static bool IsOneOf(ReadOnlySpan<char> word, string[] values)
        {
            foreach (var value in values)
            {
                if (word.Equals(value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPartyWord(Word word) => PartyWords.Contains(word.Of(text).ToString(), StringComparer.Ordinal);

        private static bool IsPossessive(Word word) => word.IsPunctuation && word.Span.Length == 2;

        private bool AllWords(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (words[k].IsPunctuation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "Vostok 1", "Internet Explorer 6", "Fan Expo 2016": a number written right after the name of a
        /// thing, a body or an event numbers it and is part of the name; one followed by a dash, colon or
        /// slash is a score, a time or a date ("Belgium 3 – 0").
        /// </summary>
        private int WithNumberLabel(int end)
        {
            if (end >= words.Count || words[end].IsPunctuation || words[end].Span.Length > MaxNumberLabelLength || !IsDigits(words[end].Of(text)))
            {
                return end;
            }

            var next = end + 1;
            if (next < words.Count && words[next].IsPunctuation && NumberContinuations.Contains(text[words[next].Span.Start], StringComparison.Ordinal))
            {
                return end;
            }

            // "Movimento 5 Stelle": capitalised words after the number go on with the name.
            return NameChunkEnd(next);
        }

        private static bool IsDigits(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsRomanNumeral(ReadOnlySpan<char> word)
        {
            if (word.Length < 2)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (c is not ('I' or 'V' or 'X'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool LooksLikeDemonym(ReadOnlySpan<char> word)
        {
            foreach (var ending in DemonymEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAllCapitals(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The words from <paramref name="start"/> to <paramref name="end"/> as one phrase for a look-up: the
        /// text itself when single spaces part them, so the look-up allocates nothing.
        /// </summary>
        private TextSpan Span(int start, int end) => TextSpan.FromBounds(words[start].Span.Start, words[end - 1].Span.End);

        /// <summary>
        /// The words as <see cref="Phrase"/> joins them, for looking up in a list: the text itself when
        /// single spaces part the words, so that most look-ups build no string.
        /// </summary>
        private ReadOnlySpan<char> PhraseOf(int start, int end)
        {
            for (var k = start + 1; k < end; k++)
            {
                var gap = words[k - 1].Span.End;
                if (words[k].Span.Start != gap + 1 || text[gap] != ' ')
                {
                    return Phrase(text, words, start, end);
                }
            }

            return text.AsSpan(words[start].Span.Start, words[end - 1].Span.End - words[start].Span.Start);
        }

        private void AddMention(TextSpan span, int nameStart, int nameEnd, EntityType type, RoleTitle? title, string? affiliation)
        {
            var name = Phrase(text, words, nameStart, nameEnd);
            mentions.Add(new EntityMention(span, Span(nameStart, nameEnd), type, name, title, affiliation));
            if (type != EntityType.Person)
            {
                AddNestedPlaces(nameStart, nameEnd);
            }
        }

        /// <summary>"Volgograd" in "Volgograd Arena", "Sheffield" in "University of Sheffield": places inside a longer name.</summary>
        private void AddNestedPlaces(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                for (var k = Math.Min(Math.Min(EntityLexicon.Places.MaxWords, end - i), _lexicon.PlaceWordsFrom(words[i].Of(text))); k >= 1; k--)
                {
                    if (k < end - start && AllWords(i, i + k) && EntityLexicon.Places.TryFind(PhraseOf(i, i + k), out var place))
                    {
                        var type = place.Kind == PlaceKind.Region ? EntityType.Location : EntityType.GeoPolitical;
                        mentions.Add(new EntityMention(Span(i, i + k), Span(i, i + k), type, place.Name, Nested: true));
                        i += k - 1;
                        break;
                    }
                }
            }
        }
    }
}
