using Storyline.Documents;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// Finds the quotations of an article: quoted words by their marks (see <see cref="QuoteMarkScanner"/>),
/// a quote left open at the end of a paragraph joined to the next paragraph that opens with a mark,
/// and reported speech ("X said that …", "…, X said", "according to X, …"). Each quote keeps its
/// cue verb and the words naming its speaker; <see cref="SpeakerResolver"/> says who that is.
/// </summary>
public static class QuoteExtractor
{
    private const int MinIndirectWords = 4;
    private const int MaxThatReach = 14;
    private const int MaxTrailingWords = 6;
    private const int MinDirectWords = 3;
    private const int MaxAddresseeWords = 4;

    public static IReadOnlyList<Quote> Extract(string text, TextLayout layout, EntityAnalysis entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(entities);
        var mentions = new MentionIndex(entities.Mentions);
        var finders = ArticleWords.Of(text, layout).Paragraphs.Select(words => new AttributionFinder(text, words, mentions)).ToList();
        var segments = QuoteMarkScanner.Scan(text, layout.Paragraphs);
        var quotes = new List<Quote>();
        for (var s = 0; s < segments.Count; s++)
        {
            var last = s;
            while (segments[last].ContinuesInNext && last + 1 < segments.Count)
            {
                last++;
            }

            quotes.Add(MarkedQuote(text, layout, finders, segments, s, last));
            s = last;
        }

        quotes.AddRange(ReportedSpeech(text, layout, finders, segments));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return quotes;
    }

    private static Quote MarkedQuote(string text, TextLayout layout, List<AttributionFinder> finders, QuotedSegments segments, int first, int last)
    {
        var opening = segments[first];
        var closing = segments[last];
        var headParagraph = ParagraphOf(layout, opening.Outer.Start);
        var tailParagraph = ParagraphOf(layout, closing.Outer.End - 1);
        var head = finders[headParagraph];
        var tail = finders[tailParagraph];
        var headSentence = SentenceOf(layout, opening.Outer.Start);
        var tailSentence = SentenceOf(layout, NextNonSpace(text, closing.Outer.End, layout.Paragraphs[tailParagraph].End));

        var headLo = Math.Max(headSentence.Start, PreviousEnd(segments, first, layout.Paragraphs[headParagraph]));
        var tailHi = Math.Min(tailSentence.End, NextStart(segments, last, layout.Paragraphs[tailParagraph]));
        var headStart = head.IndexAt(headLo);
        var headEnd = head.IndexAt(opening.Outer.Start);
        var tailStart = tail.IndexAt(closing.Outer.End);
        var tailEnd = tail.IndexAt(tailHi);

        // A full stop inside the closing mark ends the sentence: the words after it are the next sentence's, not an attribution.
        var closesSentence = ClosesSentence(text, closing.Content);
        var attribution = (closesSentence ? tail.Signature(tailStart, tailEnd) : tail.Tail(tailStart, tailEnd)) ?? head.Head(headStart, headEnd);
        var source = attribution?.Source;
        if (source is null)
        {
            var sentenceStart = head.IndexAt(headSentence.Start);
            var sentenceEnd = tail.IndexAt(tailSentence.End);
            source = head.AccordingTo(sentenceStart, headEnd) ?? (closesSentence ? null : tail.AccordingTo(tailStart, sentenceEnd) ?? tail.AsAside(tailStart, sentenceEnd))
                ?? head.AsAside(sentenceStart, headEnd) ?? head.ForPerson(sentenceStart, headEnd);
        }

        source ??= head.TranscriptSpeaker(head.IndexAt(opening.Content.Start), head.IndexAt(opening.Content.End));
        if (source is null && headEnd > headStart && head.Words[headEnd - 1].IsMark(text, ':'))
        {
            // "Obama is rolling out a new message: “It's about me.”" — the colon hands the quote to the sentence's subject.
            source = head.ClauseSubject(headStart, headEnd - 1, first: true);
        }

        if (source is null && headStart == headEnd && headParagraph > 0 && EndsWithColon(text, layout.Paragraphs[headParagraph - 1]))
        {
            // "Caddell continued:" introduces the quote that makes up the next paragraph.
            var previous = finders[headParagraph - 1];
            var introduction = SentenceOf(layout, layout.Paragraphs[headParagraph - 1].End - 1);
            var introStart = previous.IndexAt(introduction.Start);
            attribution = previous.Head(introStart, previous.Words.Count);
            source = attribution?.Source ?? previous.ClauseSubject(introStart, previous.Words.Count, first: true);
        }

        var content = TextSpan.FromBounds(opening.Content.Start, closing.Content.End);
        var kind = IsDirect(text, content, headStart == headEnd) ? QuoteKind.Direct : QuoteKind.Partial;
        if (source is null && kind == QuoteKind.Direct && headStart == headEnd && PreviousSentence(layout, headSentence, layout.Paragraphs[headParagraph]) is { } before
            && !segments.Any(s => before.Contains(s.Outer.Start) && !IsTitle(text, s.Content)))
        {
            // A quote standing as its own sentence after a sentence about someone, with no quote of its own, is theirs:
            // "Schiff said the administration may be reluctant. “The other factor is …”"
            var lo = head.IndexAt(before.Start);
            var hi = head.IndexAt(before.End);
            attribution = head.Head(lo, hi);
            source = attribution?.Source ?? head.ClauseSubject(lo, hi, first: true);
        }

        // A second quote in a sentence goes with the first (see SpeakerResolver), not with the names between them.
        if (source is null && (kind == QuoteKind.Partial || headEnd > headStart) && headLo == headSentence.Start && !IsHeading(text, layout.Paragraphs[headParagraph]))
        {
            var sentenceStart = head.IndexAt(headSentence.Start);
            source = head.ClauseSubject(sentenceStart, headEnd) ?? head.FirstNameIn(sentenceStart, headEnd);
        }

        return new Quote(content, kind, attribution?.Cue, source);
    }

    /// <summary>A full quoted sentence or clause is direct; a few quoted words inside a reported sentence are partial.</summary>
    private static bool IsDirect(string text, TextSpan content, bool opensSentence)
    {
        var words = 0;
        var firstLetter = '\0';
        var inWord = false;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                firstLetter = firstLetter == '\0' ? c : firstLetter;
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = c is '\'' or '’' or '-' && inWord;
            }
        }

        var capital = char.IsUpper(firstLetter) || char.IsDigit(firstLetter);
        var endsClause = text[content.End - 1] is '.' or '?' or '!' or ',';
        return words >= MinDirectWords && (capital || opensSentence) || capital && endsClause;
    }

    private static IEnumerable<Quote> ReportedSpeech(string text, TextLayout layout, List<AttributionFinder> finders, QuotedSegments segments)
    {
        foreach (var sentence in layout.Sentences)
        {
            var paragraph = ParagraphOf(layout, sentence.Start);
            if (paragraph < 0 || segments.CoversPastStart(sentence.Start))
            {
                continue;
            }

            foreach (var quote in Reported(text, finders[paragraph], sentence, segments))
            {
                yield return quote;
            }
        }
    }

    /// <summary>The reported clauses of a sentence: one per act of reporting ("X said …, and added …"), or one by "according to".</summary>
    private static List<Quote> Reported(string text, AttributionFinder finder, TextSpan sentence, QuotedSegments segments)
    {
        var words = finder.Words;
        var lo = finder.IndexAt(sentence.Start);
        var hi = finder.IndexAt(sentence.End);
        while (hi > lo && words[hi - 1].IsPunctuation && !IsClosingQuote(text, words[hi - 1]))
        {
            hi--;
        }

        var found = new List<Quote>();
        if (Trailing(text, finder, lo, hi, segments) is { } trailing)
        {
            // "Clinton had told officials that she …, the source added.": the sentence is the source's, whatever it nests.
            found.Add(trailing);
            return found;
        }

        for (var v = lo; v < hi; v++)
        {
            if (InsideQuote(segments, words[v].Span.Start) || !finder.IsCue(v, out var cue))
            {
                continue;
            }

            // "…, said Mr. Trimble, a senior official.": the speaker after the cue, the clause before the comma.
            if (found.Count == 0 && v - 1 > lo && words[v - 1].IsMark(text, ',') && TakesClause(cue.Lemma) && finder.Tail(v, hi) is { Source: { Form: SpeakerForm.Name } after }
                && EndsOrPauses(text, words, finder.IndexAt(after.Span.End), hi) && Accept(words, (lo, v - 1), segments))
            {
                found.Add(new Quote(Span(words, (lo, v - 1)), QuoteKind.Indirect, cue, after));
                continue;
            }

            // "… and said she would …": a cue joined to the one before shares its subject.
            var joined = found.Count > 0 && (words[v - 1].Is(text, "and") || words[v - 1].Is(text, "but"));
            if ((joined ? found[^1].Source : finder.SubjectBefore(v, lo)) is { } subject)
            {
                var clause = ClauseAfter(text, words, v, hi, cue) ?? (found.Count > 0 ? null : ClauseBefore(text, words, lo, subject, v, hi));
                if (clause is { } c && Accept(words, c, segments))
                {
                    found.Add(new Quote(Span(words, c), QuoteKind.Indirect, cue, subject));
                    v = Math.Max(v, c.End - 1);
                }
            }
        }

        if (found.Count == 0 && AccordingTo(text, finder, lo, hi, segments) is { } according)
        {
            found.Add(according);
        }

        return found;
    }

    /// <summary>An attribution that ends the sentence after a comma ("…, the source added on Friday.").</summary>
    private static Quote? Trailing(string text, AttributionFinder finder, int lo, int hi, QuotedSegments segments)
    {
        var words = finder.Words;
        for (var v = hi - 1; v > lo && hi - v - 1 <= MaxTrailingWords; v--)
        {
            if (InsideQuote(segments, words[v].Span.Start) || !finder.IsCue(v, out var cue) || CueLexicon.IsParticiple(words[v].Of(text))
                || finder.SubjectBefore(v, lo) is not { } subject || finder.IndexAt(subject.Span.Start) is var first && (first <= lo || !words[first - 1].IsMark(text, ',')))
            {
                continue;
            }

            return ClauseBefore(text, words, lo, subject, v, hi) is { } clause && Accept(words, clause, segments)
                ? new Quote(Span(words, clause), QuoteKind.Indirect, cue, subject)
                : null;
        }

        return null;
    }

    private static Quote? AccordingTo(string text, AttributionFinder finder, int lo, int hi, QuotedSegments segments)
    {
        var words = finder.Words;
        for (var k = lo; k + 2 < hi; k++)
        {
            if (!words[k].Is(text, "according") || !words[k + 1].Is(text, "to") || finder.AccordingTo(k, hi) is not { } source)
            {
                continue;
            }

            var comma = k + 2;
            while (comma < hi && !words[comma].IsMark(text, ','))
            {
                comma++;
            }

            (int, int) clause = k == lo ? (comma + 1, hi) : (lo, k > lo && words[k - 1].IsMark(text, ',') ? k - 1 : k);
            if (Accept(words, clause, segments))
            {
                return new Quote(Span(words, clause), QuoteKind.Indirect, null, source);
            }
        }

        return null;
    }

    /// <summary>"X said (on Friday) that …", "X told Y that …", "X said he …".</summary>
    private static (int Start, int End)? ClauseAfter(string text, List<Word> words, int v, int hi, CueVerb cue)
    {
        for (var k = v + 1; k < Math.Min(hi, v + MaxThatReach); k++)
        {
            // A "that" after another cue is that cue's ("… would strike and warned that …"); one after "and" opens
            // a second clause reported by the same cue ("said the dam had passed and that the rain …").
            if (words[k].IsPunctuation && !words[k].IsMark(text, ',') || IsLowerCaseCue(text, words[k]) || IsQuestionWord(text, words[k])
                || words[k].Is(text, "and") || words[k].Is(text, "but"))
            {
                break;
            }

            if (words[k].Is(text, "that"))
            {
                return (k + 1, ClauseEnd(text, words, k + 1, hi));
            }

            if (OpensOwnClause(text, words[k]) || IsParticipleCue(text, words[k]))
            {
                // "says there needs to be a law that requires …": the reported clause began at "there", so its "that" is a relative;
                // "said he …, arguing that …": the "that" is the participle's.
                break;
            }
        }

        if (v + 1 >= hi || words[v + 1].IsPunctuation)
        {
            return null;
        }

        if (Demand(text, words, v, hi, cue) is { } demanded)
        {
            return demanded;
        }

        if (cue.Lemma is "tell" or "ask" or "call" or "brand" or "chant")
        {
            return null;
        }

        var next = words[v + 1].Of(text).ToString();
        var opens = StartsClause(next) || (TakesClause(cue.Lemma) && !NeverStartsClause.Contains(next) && !next.EndsWith("ing", StringComparison.Ordinal));
        return opens ? (v + 1, ClauseEnd(text, words, v + 1, hi)) : null;
    }

    /// <summary>
    /// What a cue asks for or commits to: "called for an inquiry", "called on Congress to act", "urged
    /// Seoul to wait", "vowed to cut taxes". The addressee is part of what is asked; "for" and "on" are not.
    /// </summary>
    private static (int Start, int End)? Demand(string text, List<Word> words, int v, int hi, CueVerb cue)
    {
        var next = words[v + 1];
        if (cue.Lemma == "call" && (next.Is(text, "for") || next.Is(text, "on")) && v + 2 < hi)
        {
            return (v + 2, ClauseEnd(text, words, v + 2, hi));
        }

        if (cue.Lemma is "promise" or "vow" or "pledge" or "threaten" or "agree" or "demand" && next.Is(text, "to"))
        {
            return (v + 1, ClauseEnd(text, words, v + 1, hi));
        }

        if (!CueLexicon.TakesAddressee(cue.Lemma))
        {
            return null;
        }

        for (var k = v + 2; k < Math.Min(hi, v + MaxAddresseeWords + 2); k++)
        {
            if (words[k].IsPunctuation || words[k].Is(text, "that"))
            {
                return null;
            }

            if (words[k].Is(text, "to"))
            {
                return (v + 1, ClauseEnd(text, words, v + 1, hi));
            }
        }

        return null;
    }

    private static bool EndsOrPauses(string text, List<Word> words, int k, int hi) => k >= hi || words[k].IsMark(text, ',') || words[k].IsMark(text, '(');

    /// <summary>Verbs whose object is what was said ("says too much is made of it", "noted hackers were busy").</summary>
    private static bool TakesClause(string lemma) =>
        lemma is "say" or "add" or "claim" or "insist" or "argue" or "note" or "believe" or "think" or "suggest" or "acknowledge"
            or "admit" or "predict" or "estimate" or "explain" or "state" or "stress" or "emphasize" or "conclude" or "confirm" or "agree"
            or "concede" or "contend" or "assert" or "allege" or "reiterate" or "boast";

    private static readonly HashSet<string> NeverStartsClause = new(
    [
        "to", "in", "on", "at", "of", "for", "with", "about", "during", "after", "before", "from", "by", "as", "while", "when", "if",
        "so", "yes", "no", "nothing", "something", "anything", "much", "more", "little", "goodbye", "hello", "thanks", "last", "earlier",
        "later", "recently", "previously", "repeatedly", "publicly", "privately", "again", "once", "twice", "only", "what", "this", "these",
        "is", "was", "are", "were", "has", "have", "had", "would", "will", "could", "should", "may", "might", "can", "and", "or", "but",
        "how", "why", "whether", "where", "who",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the reported clause stops: before a second act of reporting joined to the first ("… and
    /// said she would …", "…, though she acknowledged …") or an "according to" that names another source.
    /// </summary>
    private static int ClauseEnd(string text, List<Word> words, int start, int hi)
    {
        for (var k = start + 1; k + 1 < hi; k++)
        {
            var comma = words[k].IsMark(text, ',');
            if (comma && (words[k + 1].Is(text, "though") || words[k + 1].Is(text, "although") || words[k + 1].Is(text, "according") || IsParticipleCue(text, words[k + 1])))
            {
                // "…, arguing that …": a participle cue reports a clause of its own.
                return k;
            }

            if ((words[k].Is(text, "and") || words[k].Is(text, "but")) && IsLowerCaseCue(text, words[k + 1]))
            {
                return words[k - 1].IsMark(text, ',') ? k - 1 : k;
            }
        }

        return hi;
    }

    /// <summary>"told the host how surprised he is that …": the "that" belongs to the question, not the cue.</summary>
    private static bool IsQuestionWord(string text, Word word) =>
        word.Is(text, "how") || word.Is(text, "why") || word.Is(text, "what") || word.Is(text, "whether") || word.Is(text, "where");

    private static bool IsParticipleCue(string text, Word word) =>
        !word.IsPunctuation && char.IsLower(text[word.Span.Start]) && CueLexicon.IsCue(word.Of(text)) && CueLexicon.IsParticiple(word.Of(text));

    /// <summary>A subject pronoun, "there" or an auxiliary: words that show a clause has begun.</summary>
    private static bool OpensOwnClause(string text, Word word) =>
        !word.IsPunctuation && ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.Of(text));

    private static readonly HashSet<string> ClauseOpeners = new(
        ["he", "she", "they", "we", "i", "there", "is", "was", "are", "were", "needs", "need", "would", "will", "could", "should", "must"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsLowerCaseCue(string text, Word word) =>
        !word.IsPunctuation && char.IsLower(text[word.Span.Start]) && CueLexicon.IsCue(word.Of(text)) && !CueLexicon.IsParticiple(word.Of(text));

    /// <summary>
    /// "…, X said (on Friday)." — the clause stands before the attribution, ended by a comma; or around
    /// it, when the attribution interrupts the sentence between commas ("The museum, she said, tells …").
    /// </summary>
    private static (int Start, int End)? ClauseBefore(string text, List<Word> words, int lo, SpeakerPhrase subject, int v, int hi)
    {
        var interrupts = v + 2 < hi && words[v + 1].IsMark(text, ',');
        if (hi - v - 1 > MaxTrailingWords && !interrupts)
        {
            return null;
        }

        var comma = -1;
        for (var k = lo; k < v && words[k].Span.Start < subject.Span.Start; k++)
        {
            if (words[k].IsMark(text, ','))
            {
                comma = k;
            }
        }

        return comma <= lo ? null : interrupts ? (lo, hi) : (lo, comma);
    }

    private static bool StartsClause(string word) =>
        word is "he" or "she" or "they" or "it" or "we" or "I" or "the" or "there" or "this" or "his" or "her" or "their" or "its" or "a" or "an"
        || char.IsUpper(word[0]);

    private static bool Accept(List<Word> words, (int Start, int End) clause, QuotedSegments segments)
    {
        var (start, end) = clause;
        var count = 0;
        var quoted = 0;
        for (var k = start; k < end; k++)
        {
            if (!words[k].IsPunctuation)
            {
                count++;
                quoted += InsideQuote(segments, words[k].Span.Start) ? 1 : 0;
            }
        }

        return count >= MinIndirectWords && quoted * 2 < count;
    }

    private static TextSpan Span(List<Word> words, (int Start, int End) clause) =>
        TextSpan.FromBounds(words[clause.Start].Span.Start, words[clause.End - 1].Span.End);

    private static bool InsideQuote(QuotedSegments segments, int offset) => segments.Covers(offset);

    private static bool IsClosingQuote(string text, Word word) => word.IsPunctuation && text[word.Span.Start] is '”' or '"' or '»' or '’';

    /// <summary>Quoted words that are all capitalised but short function words name a work ("Face the Nation"), not speech.</summary>
    private static bool IsTitle(string text, TextSpan content)
    {
        var words = text[content.Start..content.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w.Length <= 3);
    }

    private static bool ClosesSentence(string text, TextSpan content) =>
        content.Length > 1 && text[content.End - 1] == '.' && text[content.End - 2] != '.';

    private static TextSpan? PreviousSentence(TextLayout layout, TextSpan sentence, TextSpan paragraph)
    {
        var i = IndexOf(layout.Sentences, sentence.Start);
        return i > 0 && paragraph.Contains(layout.Sentences[i - 1].Start) ? layout.Sentences[i - 1] : null;
    }

    private static bool EndsWithColon(string text, TextSpan paragraph) => paragraph.Length > 0 && text[paragraph.End - 1] == ':';

    private static bool IsHeading(string text, TextSpan paragraph)
    {
        var end = paragraph.End;
        while (end > paragraph.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '”' or '"' or '’' or '»'))
        {
            end--;
        }

        return end > paragraph.Start && text[end - 1] is not '.' and not '?' and not '!' and not ':';
    }

    private static int PreviousEnd(QuotedSegments segments, int index, TextSpan paragraph) =>
        index > 0 && paragraph.Contains(segments[index - 1].Outer.Start) ? segments[index - 1].Outer.End : paragraph.Start;

    private static int NextStart(QuotedSegments segments, int index, TextSpan paragraph) =>
        index + 1 < segments.Count && paragraph.Contains(segments[index + 1].Outer.Start) ? segments[index + 1].Outer.Start : paragraph.End;

    private static int NextNonSpace(string text, int offset, int limit)
    {
        while (offset < limit && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return Math.Min(offset, Math.Max(limit - 1, 0));
    }

    internal static int ParagraphOf(TextLayout layout, int offset) => IndexOf(layout.Paragraphs, offset);

    private static TextSpan SentenceOf(TextLayout layout, int offset)
    {
        var i = IndexOf(layout.Sentences, offset);
        return i >= 0 ? layout.Sentences[i] : new TextSpan(offset, 0);
    }

    /// <summary>The span containing the offset, or the last one starting before it.</summary>
    private static int IndexOf(IReadOnlyList<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
