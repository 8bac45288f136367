using Storyline.Documents;
using Storyline.Entities;

namespace Storyline.Quotes;

/// <summary>
/// Reads the words around a quote in one paragraph for who said it: "…,” Kuleba said",
/// "…,” said the minister", "Kuleba said: “…", "X: “…", "according to X", "For X, …".
/// The words after "told" are its addressee, never the speaker.
/// </summary>
internal sealed class AttributionFinder(string text, List<Word> words, MentionIndex mentions)
{
    private const int MaxTailReach = 25;
    private const int MaxNounPhraseWords = 7;
    private const int MaxComplementReach = 8;
    private const int MaxSignatureWords = 5;

    private static readonly HashSet<string> Pronouns = new(["he", "she", "they", "we", "i", "it"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Skippable = new(
    [
        "also", "then", "later", "earlier", "again", "once", "further", "has", "have", "had", "did", "does", "do",
        "would", "will", "could", "can", "may", "might", "must", "should", "shall", "previously", "repeatedly", "reportedly", "recently",
        "publicly", "openly", "separately", "finally", "however", "though", "too", "had", "just", "already", "not",
        "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't", "wouldn’t",
        "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "can't", "can’t", "couldn't", "couldn’t",
        "even", "now", "still", "just", "yet",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Periods = new(["week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PeriodDeterminers = new(["this", "last", "next", "that", "each", "every"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Weekdays = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Locatives = new(["at", "in", "near", "outside", "inside"], StringComparer.Ordinal);

    private static readonly HashSet<string> PhraseStops = new(
    [
        "that", "which", "who", "whom", "and", "but", "or", "because", "although", "if", "when", "while", "as", "so", "than",
        "after", "before", "since", "where", "whether", "what", "in", "on", "at", "to", "from", "with", "by", "for",
        "of", "about", "despite", "is", "was", "are", "were", "be", "been", "said",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Prepositions = new(
    [
        "of", "for", "with", "about", "among", "by", "to", "at", "from", "in", "on", "against", "into", "like", "than",
        "toward", "towards", "under", "over", "between", "without", "after", "before", "during", "including", "whom",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Subordinators = new(["that", "whether", "if", "because", "although", "since"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Connectives = new(
        ["and", "or", "nor", "but", "’s", "'s", "s", "that", "which", "whose", "as", "when", "while", "if", "because", "so", "where"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(
    [
        "the", "a", "an", "another", "several", "some", "many", "this", "these", "those", "his", "her", "their",
        "its", "our", "two", "three", "other", "one", "most",
    ], StringComparer.OrdinalIgnoreCase);

    public List<Word> Words => words;

    /// <summary>The index of the first word that starts at or after <paramref name="offset"/>.</summary>
    public int IndexAt(int offset) => WordScanner.IndexAt(words, offset);

    /// <summary>An attribution right after a quote: "…,” Kuleba said", "…,” said Kuleba", "…,” he added".</summary>
    public Attribution? Tail(int lo, int hi)
    {
        if (Signature(lo, hi) is { } signed)
        {
            return signed;
        }

        while (lo < hi && words[lo].IsPunctuation && !IsQuoteMark(words[lo]))
        {
            lo++;
        }

        for (var v = lo; v < Math.Min(hi, lo + MaxTailReach); v++)
        {
            if (IsQuoteMark(words[v]) || EndsSentence(v, hi))
            {
                return null;
            }

            if (words[v].IsMark(text, '('))
            {
                while (v + 1 < hi && !words[v].IsMark(text, ')'))
                {
                    v++;
                }

                continue;
            }

            if (!IsCue(v, out var cue))
            {
                continue;
            }

            if (v == lo)
            {
                return !CueLexicon.IsParticiple(words[v].Of(text)) && AllowsSpeakerAfter(cue.Lemma) && NounPhraseAfter(v + 1, hi) is { } after ? new Attribution(cue, after) : null;
            }

            // After a quote, the speaker is the phrase that follows it, however many appositions come before the verb.
            var apposition = words[SkipBack(v - 1, lo)].IsMark(text, ',') && !CueLexicon.IsParticiple(words[v].Of(text));
            var subject = apposition ? FirstPhraseAt(lo, v) : SubjectBefore(v, lo);
            if (subject is { } found)
            {
                return new Attribution(cue, found);
            }
        }

        return null;
    }

    /// <summary>
    /// A quote signed with a dash and a name: "“…” — Kuleba". A reader's or voter's name the entity
    /// stage does not know signs it too when it makes up the rest of the line ("“…” ― Ana Ruiz Gil").
    /// </summary>
    public Attribution? Signature(int lo, int hi)
    {
        if (lo + 1 >= hi || !IsDash(words[lo]))
        {
            return null;
        }

        if (mentions.StartingAt(words[lo + 1].Span.Start) is { Type: EntityType.Person } signed)
        {
            return new Attribution(null, new SpeakerPhrase(signed.Span, SpeakerForm.Name));
        }

        var end = lo + 1;
        while (end < hi && end - lo <= MaxSignatureWords && !LineBreakBefore(end) && (words[end].IsCapitalised(text) || words[end].IsMark(text, '.') && words[end - 1].Span.Length == 1))
        {
            end++;
        }

        var closesLine = end == hi || LineBreakBefore(end) || words[end].IsMark(text, '.') && (end + 1 == hi || LineBreakBefore(end + 1));
        return end - lo > 2 && closesLine && words[end - 1].IsCapitalised(text)
            ? new Attribution(null, new SpeakerPhrase(TextSpan.FromBounds(words[lo + 1].Span.Start, words[end - 1].Span.End), SpeakerForm.NounPhrase))
            : null;
    }

    private bool LineBreakBefore(int k) => text.AsSpan(words[k - 1].Span.End, words[k].Span.Start - words[k - 1].Span.End).Contains('\n');

    /// <summary>
    /// The subject of a clause in the range: a person, organisation or country named there that is not
    /// the object of a preposition and is followed by its verb ("In July, Gingrich dismissed …",
    /// "With Streisand, Clinton called …"), past a parenthesis ("Sanders (Vt.) said") or a relative
    /// clause ("Sanders, who lost …"). The last such name is the subject of the clause nearest
    /// <paramref name="hi"/>; the first (<paramref name="first"/>) that of the sentence.
    /// </summary>
    public SpeakerPhrase? ClauseSubject(int lo, int hi, bool first = false)
    {
        SpeakerPhrase? subject = null;
        for (var k = lo; k < hi; k++)
        {
            if (mentions.StartingAt(words[k].Span.Start) is not { Type: EntityType.Person or EntityType.Organization or EntityType.GeoPolitical } mention
                || IsPrepositionObject(k, lo) || AfterLowerCaseWord(k, lo) || (k > lo && In(Subordinators, words[k - 1])))
            {
                continue;
            }

            var next = IndexAt(mention.Span.End);
            if (next < hi && words[next].IsMark(text, '('))
            {
                while (next < hi && !words[next].IsMark(text, ')'))
                {
                    next++;
                }

                next++;
            }

            var relative = next + 1 < hi && words[next].IsMark(text, ',') && words[next + 1].Is(text, "who");
            if (relative || (next < hi && IsVerbLike(words[next])))
            {
                subject = new SpeakerPhrase(mention.Span, SpeakerForm.Name);
                if (first)
                {
                    break;
                }
            }
        }

        return subject;
    }

    private bool IsPrepositionObject(int k, int lo) => WordBefore(k, lo) is var before && before >= lo && In(Prepositions, words[before]);

    /// <summary>
    /// A name after a lower-case word is a verb's object ("… dismissed NATO member Estonia") or in
    /// apposition ("rival Hillary Clinton", "her lawyer Cheryl Mills"): not the subject of the clause,
    /// which opens it or follows a determiner, comma or subordinator.
    /// </summary>
    private bool AfterLowerCaseWord(int k, int lo) =>
        WordBefore(k, lo) is var before && before >= lo && IsVerbLike(words[before]) && !words[before].Of(text).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>A name right after a verb ("… dismissed NATO member Estonia") is its object, not a subject.</summary>
    private bool IsVerbObject(int k, int lo) =>
        WordBefore(k, lo) is var before && before >= lo && IsVerbLike(words[before]) && IsPastOrCue(words[before].Of(text));

    /// <summary>The word before the one at <paramref name="k"/>, past a determiner.</summary>
    private int WordBefore(int k, int lo) => k - 1 >= lo && In(Determiners, words[k - 1]) ? k - 2 : k - 1;

    /// <summary>"dismissed", "called", "told": a lower-case word before a name that is a verb, not a title ("nominee Hillary Clinton").</summary>
    private static bool IsPastOrCue(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.Ordinal) || CueLexicon.IsCue(word);

    /// <summary>A lower-case word that is not a function word: after a name, most likely its verb.</summary>
    private bool IsVerbLike(Word word) =>
        !word.IsPunctuation && char.IsLower(text[word.Span.Start])
        && !In(Connectives, word) && !In(Determiners, word) && !In(Prepositions, word) && !In(Pronouns, word);

    /// <summary>A transcript turn opens with its speaker in capitals and a colon: "PENCE: Well, …".</summary>
    public SpeakerPhrase? TranscriptSpeaker(int lo, int hi)
    {
        if (lo + 1 >= hi || words[lo].IsPunctuation || !words[lo + 1].IsMark(text, ':'))
        {
            return null;
        }

        var name = words[lo].Of(text);
        foreach (var c in name)
        {
            if (!char.IsUpper(c))
            {
                return null;
            }
        }

        return name.Length > 1 ? new SpeakerPhrase(words[lo].Span, SpeakerForm.NounPhrase) : null;
    }

    private SpeakerPhrase? FirstPhraseAt(int lo, int hi)
    {
        if (SubjectAt(lo) is { } named)
        {
            return named;
        }

        var comma = lo;
        while (comma < hi && !words[comma].IsMark(text, ','))
        {
            comma++;
        }

        return comma > lo && NounPhraseEndingAt(comma - 1, lo) is { } phrase && phrase.Span.Start == words[lo].Span.Start ? phrase : null;
    }

    /// <summary>An attribution before a quote in its sentence: "Kuleba said: “…", "He said, “…", "X: “…",
    /// "Kuleba claimed that Putin “…”". A cue whose subject is a name wins over a nearer one whose
    /// subject is a pronoun ("Roberts said she thinks … “…”"), and that over a common noun
    /// ("Reznikov said intelligence suggested a “…”").</summary>
    public Attribution? Head(int lo, int hi)
    {
        if (hi - 1 >= lo && words[hi - 1].IsMark(text, ':') && hi - 2 >= lo && NameOrPronounEndingAt(hi - 2) is { } colonSpeaker
            && colonSpeaker.Span.Start >= words[lo].Span.Start)
        {
            return new Attribution(null, colonSpeaker);
        }

        Attribution? strong = null;
        Attribution? weak = null;
        for (var v = hi - 1; v >= lo; v--)
        {
            if (!IsCue(v, out var cue) || SubjectBefore(v, lo) is not { } subject)
            {
                continue;
            }

            if (subject.Form == SpeakerForm.Name)
            {
                return Reporting(lo, subject) ?? new Attribution(cue, subject);
            }

            if (subject.Form == SpeakerForm.Pronoun || IsDefiniteRolePhrase(subject))
            {
                strong ??= new Attribution(cue, subject);
            }

            weak ??= new Attribution(cue, subject);
        }

        return strong ?? weak;
    }

    /// <summary>
    /// The attribution that reports a nested one: in "Trump said that Clinton described it as “…”" the
    /// quote reaches the reader through Trump, whose cue governs the "that" clause holding Clinton's.
    /// </summary>
    private Attribution? Reporting(int lo, SpeakerPhrase inner)
    {
        var start = IndexAt(inner.Span.Start);
        if (start > lo && (words[start - 1].IsMark(text, ',') || IsDash(words[start - 1])) && OpensAdverbialClause(lo))
        {
            // "When Lopez noted that he paid no tax, Brandt boasted, “…”": the comma closes the adverbial clause and its "that".
            return null;
        }

        for (var t = start - 1; t > lo; t--)
        {
            if (EndsSentence(t, words.Count))
            {
                return null;
            }

            if (!words[t].Is(text, "that"))
            {
                continue;
            }

            for (var u = t - 1; u >= Math.Max(lo, t - MaxComplementReach); u--)
            {
                if (IsCue(u, out var cue) && SubjectBefore(u, lo) is { Form: SpeakerForm.Name or SpeakerForm.Pronoun } outer)
                {
                    return new Attribution(cue, outer);
                }
            }
        }

        return null;
    }

    private bool OpensAdverbialClause(int lo)
    {
        while (lo < words.Count && words[lo].IsPunctuation)
        {
            lo++;
        }

        return lo < words.Count && In(AdverbialOpeners, words[lo]);
    }

    private static readonly HashSet<string> AdverbialOpeners = new(
        ["when", "as", "if", "after", "before", "while", "although", "though", "because", "since", "once", "whenever"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"according to X" anywhere in the range.</summary>
    public SpeakerPhrase? AccordingTo(int lo, int hi)
    {
        for (var k = lo; k + 2 < hi; k++)
        {
            if (words[k].Is(text, "according") && words[k + 1].Is(text, "to"))
            {
                return NounPhraseAfter(k + 2, hi, allowPrepositions: true);
            }
        }

        return null;
    }

    /// <summary>"…,” as a Treasury memo put it": an aside naming whose words the sentence borrows ("as X put it", "as X said").</summary>
    public SpeakerPhrase? AsAside(int lo, int hi)
    {
        for (var k = lo; k + 2 < hi; k++)
        {
            if (!words[k].Is(text, "as") || words[k + 1].IsPunctuation)
            {
                continue;
            }

            for (var v = k + 2; v < Math.Min(hi, k + 2 + MaxNounPhraseWords) && !(words[v].IsPunctuation && words[v].Span.Length != 2); v++)
            {
                var putIt = v + 1 < hi && words[v].Is(text, "put") && words[v + 1].Is(text, "it");
                if (putIt || IsCue(v, out _) && !CueLexicon.IsParticiple(words[v].Of(text)))
                {
                    return SpeakerBetween(k + 1, v);
                }
            }
        }

        return null;
    }

    /// <summary>The words from <paramref name="start"/> up to the verb at <paramref name="end"/> as a speaker: a name, a pronoun or a noun phrase.</summary>
    private SpeakerPhrase SpeakerBetween(int start, int end)
    {
        if (mentions.StartingAt(words[start].Span.Start) is { } mention && mention.Span.End == words[end - 1].Span.End)
        {
            return new SpeakerPhrase(mention.Span, SpeakerForm.Name);
        }

        var span = TextSpan.FromBounds(words[start].Span.Start, words[end - 1].Span.End);
        return end - start == 1 && In(Pronouns, words[start]) ? new SpeakerPhrase(span, SpeakerForm.Pronoun) : new SpeakerPhrase(span, SpeakerForm.NounPhrase);
    }

    /// <summary>"For X, …" opening a sentence names whose view the sentence gives.</summary>
    public SpeakerPhrase? ForPerson(int lo, int hi)
    {
        if (lo + 1 < hi && words[lo].Is(text, "for") && mentions.StartingAt(words[lo + 1].Span.Start) is { Type: EntityType.Person } mention)
        {
            return new SpeakerPhrase(mention.Span, SpeakerForm.Name);
        }

        return null;
    }


    public bool IsCue(int k, out CueVerb cue)
    {
        cue = default;
        if (words[k].IsPunctuation || char.IsUpper(text[words[k].Span.Start]) && k > 0 && !IsQuoteMark(words[k - 1]))
        {
            return false;
        }

        if (!CueLexicon.TryLemma(words[k].Of(text), out var lemma) || (k > 0 && In(Determiners, words[k - 1])) || ModifiedByName(k))
        {
            return false;
        }

        cue = new CueVerb(words[k].Span, lemma);
        return true;
    }

    /// <summary>"a Donald Trump tweet", "an Obama claim": a name after "a" modifies the noun that follows it, as no name is "a" itself.</summary>
    private bool ModifiedByName(int k) =>
        k > 1 && mentions.EndingAt(words[k - 1].Span.End) is { } name && IndexAt(name.Span.Start) is var first && first > 0
        && (words[first - 1].Is(text, "a") || words[first - 1].Is(text, "an"));

    /// <summary>The subject of the cue at <paramref name="v"/>: the name, pronoun or noun phrase ending
    /// just before it, past adverbs ("also", "on Friday") and an apposition between commas.</summary>
    public SpeakerPhrase? SubjectBefore(int v, int lo)
    {
        var p = SkipBack(v - 1, lo);
        if (p > lo && In(Progressive, words[p]) && CueLexicon.IsParticiple(words[v].Of(text)))
        {
            // "Clinton is describing …": the auxiliary of a progressive stands between the subject and its cue.
            p = SkipBack(p - 1, lo);
        }

        if (p < lo)
        {
            return null;
        }

        if (words[p].IsMark(text, ','))
        {
            if (CueLexicon.IsParticiple(words[v].Of(text)))
            {
                return SubjectAt(lo) ?? FirstNameIn(lo, p);
            }

            var q = p - 1;
            while (q >= lo && !words[q].IsMark(text, ',') && !IsQuoteMark(words[q]))
            {
                q--;
            }

            if (q < lo || !words[q].IsMark(text, ','))
            {
                return null;
            }

            // "His former partner at Lenox, Lawrence B. Cummings, called …": the name between the commas is the subject.
            if (q + 1 < p && mentions.StartingAt(words[q + 1].Span.Start) is { Type: EntityType.Person } named && named.Span.End == words[p - 1].Span.End)
            {
                return new SpeakerPhrase(named.Span, SpeakerForm.Name);
            }

            p = q - 1;
            if (p < lo)
            {
                return null;
            }
        }

        if (RelativeWhoBefore(p, lo) is { } who)
        {
            // "An engineer who inspected the dam two years ago said …": the one the who-clause describes speaks.
            return NameOrPronounEndingAt(who - 1) ?? NounPhraseEndingAt(who - 1, lo);
        }

        var ending = NameOrPronounEndingAt(p);
        return (ending is { Form: SpeakerForm.Name } body ? MemberOf(body, lo) : null) ?? ending ?? AuthorOf(p) ?? IssuerOf(p, lo) ?? NounPhraseEndingAt(p, lo);
    }

    /// <summary>
    /// "The council issued a statement calling …": a document that is the object of a verb speaks for
    /// the verb's subject, who issued it.
    /// </summary>
    private SpeakerPhrase? IssuerOf(int p, int lo)
    {
        if (!In(Documents, words[p]) || p - 2 < lo || !In(Determiners, words[p - 1]) || !IsVerbLike(words[p - 2]) || !IsPastOrCue(words[p - 2].Of(text)))
        {
            return null;
        }

        var issuer = SubjectBefore(p - 2, lo);
        return issuer is { Form: SpeakerForm.Name or SpeakerForm.Pronoun } ? issuer : null;
    }

    /// <summary>"Mr. Morgan of the Sierra Club said": the person speaks, the body after "of" says where they are from.</summary>
    private SpeakerPhrase? MemberOf(SpeakerPhrase body, int lo)
    {
        var k = IndexAt(body.Span.Start) - 1;
        k -= k >= lo && words[k].Is(text, "the") ? 1 : 0;
        return k - 1 >= lo && words[k].Is(text, "of") && mentions.EndingAt(words[k - 1].Span.End) is { Type: EntityType.Person } person
            ? new SpeakerPhrase(person.Span, SpeakerForm.Name)
            : null;
    }

    /// <summary>"the IMF report stated", "a Kremlin statement said": the body that names the document wrote it.</summary>
    private SpeakerPhrase? AuthorOf(int p) =>
        p > 0 && In(Documents, words[p]) && mentions.EndingAt(words[p - 1].Span.End) is { Type: not EntityType.Nationality } author
            ? new SpeakerPhrase(author.Span, SpeakerForm.Name)
            : null;

    private static readonly HashSet<string> Documents = new(
        ["statement", "letter", "report", "memo", "release", "communique", "communiqué", "declaration", "tweet", "post", "video"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Progressive = new(["is", "was", "are", "were", "been", "be"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Where a "who" opens a clause that runs on to <paramref name="p"/> with no comma, quotation mark or cue in it, after a word it can describe.</summary>
    private int? RelativeWhoBefore(int p, int lo)
    {
        for (var k = p; k > lo; k--)
        {
            if (words[k].IsPunctuation && (words[k].IsMark(text, ',') || IsQuoteMark(words[k]) || EndsSentence(k, words.Count)))
            {
                return null;
            }

            if (IsCue(k, out _))
            {
                return null;
            }

            if (words[k].Is(text, "who"))
            {
                return words[k - 1].IsPunctuation ? null : k;
            }
        }

        return null;
    }

    /// <summary>The first person or organisation named in the range, not as an object: the subject of a clause opened by an adverbial.</summary>
    public SpeakerPhrase? FirstNameIn(int lo, int hi)
    {
        for (var k = lo; k < hi; k++)
        {
            if (mentions.StartingAt(words[k].Span.Start) is { Type: EntityType.Person or EntityType.Organization } mention && !IsPrepositionObject(k, lo) && !IsVerbObject(k, lo))
            {
                return new SpeakerPhrase(mention.Span, SpeakerForm.Name);
            }
        }

        return null;
    }

    private SpeakerPhrase? SubjectAt(int lo)
    {
        while (lo < words.Count && words[lo].IsPunctuation)
        {
            lo++;
        }

        if (lo + 1 < words.Count && In(Determiners, words[lo]))
        {
            lo++;
        }

        if (lo >= words.Count)
        {
            return null;
        }

        if (mentions.StartingAt(words[lo].Span.Start) is { } mention)
        {
            // "Russian Deputy Foreign Minister Sergei Ryabkov": the nationality or country is the person's affiliation.
            var next = IndexAt(mention.Span.End);
            next += next < words.Count && words[next].IsPunctuation && words[next].Span.Length == 2 ? 1 : 0;
            var titled = next < words.Count ? mentions.StartingAt(words[next].Span.Start) : null;
            return new SpeakerPhrase(titled is { Type: EntityType.Person } ? titled.Span : mention.Span, SpeakerForm.Name);
        }

        return In(Pronouns, words[lo]) ? new SpeakerPhrase(words[lo].Span, SpeakerForm.Pronoun) : null;
    }

    private int SkipBack(int p, int lo)
    {
        while (p >= lo)
        {
            var word = words[p].Of(text).ToString();
            if (Skippable.Contains(word) || (word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])))
            {
                p--;
            }
            else if (Weekdays.Contains(word) && p - 1 >= lo && words[p - 1].Is(text, "on"))
            {
                p -= 2;
            }
            else if (Weekdays.Contains(word))
            {
                p--;
            }
            else if (Periods.Contains(word) && p - 1 >= lo && In(PeriodDeterminers, words[p - 1]))
            {
                // "Wells Fargo this month announced …": a time phrase between the subject and its verb.
                p -= 2;
            }
            else if (words[p].IsMark(text, ')'))
            {
                // "Rep. Jason Chaffetz (R-Utah) said": a parenthesis after the name.
                while (p >= lo && !words[p].IsMark(text, '('))
                {
                    p--;
                }

                p--;
            }
            else
            {
                break;
            }
        }

        return p;
    }

    private SpeakerPhrase? NameOrPronounEndingAt(int p)
    {
        if (words[p].IsPunctuation)
        {
            return null;
        }

        if (mentions.EndingAt(words[p].Span.End) is { } mention && mention.Type != EntityType.Nationality)
        {
            return new SpeakerPhrase(mention.Span, SpeakerForm.Name);
        }

        return In(Pronouns, words[p]) ? new SpeakerPhrase(words[p].Span, SpeakerForm.Pronoun) : null;
    }

    private SpeakerPhrase? NounPhraseEndingAt(int p, int lo)
    {
        var start = p + 1;
        for (var q = p; q >= lo && p - q < MaxNounPhraseWords; q--)
        {
            var word = words[q];
            if (word.IsPunctuation && word.Span.Length != 2 || IsQuoteMark(word))
            {
                break;
            }

            var value = word.Of(text).ToString();
            if (!word.IsPunctuation && (PhraseStops.Contains(value) || (CueLexicon.IsCue(value) && char.IsLower(value[0]))) && !JoinsTitle(q, lo, p))
            {
                break;
            }

            start = q;
            if (Determiners.Contains(value))
            {
                break;
            }
        }

        if (start <= p && start - 2 >= lo && !words[start - 1].IsPunctuation && In(Locatives, words[start - 1]) && NounPhraseEndingAt(start - 2, lo) is { Form: SpeakerForm.NounPhrase } head)
        {
            // "volunteers at the school gym said": the place says where the speakers are, the phrase before it who they are.
            start = IndexAt(head.Span.Start);
        }

        return start <= p && !words[start].IsPunctuation && !(start == p && In(Determiners, words[p])) && !IsClauseFragment(start, p)
            ? new SpeakerPhrase(TextSpan.FromBounds(words[start].Span.Start, words[p].Span.End), SpeakerForm.NounPhrase)
            : null;
    }

    /// <summary>"reviewed them", "treating her": a verb and its object, the tail of a clause rather than someone who speaks.</summary>
    private bool IsClauseFragment(int start, int end)
    {
        var first = words[start].Of(text);
        return In(ObjectPronouns, words[end])
            || char.IsLower(first[0]) && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> ObjectPronouns = new(["them", "him", "her", "us", "me", "it"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"of" between two capitalised words belongs to a title ("Secretary of State").</summary>
    private bool JoinsTitle(int q, int lo, int p) =>
        words[q].Is(text, "of") && q > lo && q < p && words[q - 1].IsCapitalised(text) && words[q + 1].IsCapitalised(text);

    private SpeakerPhrase? NounPhraseAfter(int k, int hi, bool allowPrepositions = false)
    {
        if (k >= hi || words[k].IsPunctuation)
        {
            return null;
        }

        if (mentions.StartingAt(words[k].Span.Start) is { } mention && mention.Type != EntityType.Nationality)
        {
            return new SpeakerPhrase(mention.Span, SpeakerForm.Name);
        }

        if (In(Pronouns, words[k]))
        {
            return new SpeakerPhrase(words[k].Span, SpeakerForm.Pronoun);
        }

        if (In(PhraseStops, words[k]))
        {
            return null;
        }

        var end = k;
        while (end < hi && end - k < MaxNounPhraseWords)
        {
            var word = words[end];
            if (word.IsPunctuation && word.Span.Length != 2)
            {
                break;
            }

            var value = word.Of(text).ToString();
            if (!word.IsPunctuation && end > k && PhraseStops.Contains(value) && !(allowPrepositions && value is "of"))
            {
                break;
            }

            end++;
        }

        return end > k ? new SpeakerPhrase(TextSpan.FromBounds(words[k].Span.Start, words[end - 1].Span.End), SpeakerForm.NounPhrase) : null;
    }

    private bool IsDefiniteRolePhrase(SpeakerPhrase phrase)
    {
        var value = phrase.Span.Of(text);
        return value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && RolePhrase.RoleNounOf(value.ToString()) is not null;
    }

    private static bool AllowsSpeakerAfter(string lemma) => !CueLexicon.TakesAddressee(lemma);

    /// <summary>A full stop ends the sentence unless it closes an abbreviation inside it ("R-Ky., said").</summary>
    private bool EndsSentence(int k, int hi) =>
        words[k].IsPunctuation && words[k].Of(text) is "." or "?" or "!"
        && !(k + 1 < hi && (words[k + 1].IsMark(text, ',') || words[k + 1].IsMark(text, ')')));

    private bool In(HashSet<string> set, Word word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.Of(text));

    private bool IsDash(Word word) => word.IsPunctuation && text[word.Span.Start] is '—' or '―' or '–' or '-';

    private bool IsQuoteMark(Word word) => word.IsPunctuation && text[word.Span.Start] is '“' or '”' or '"' or '«' or '»' or '„' or '‘';
}
