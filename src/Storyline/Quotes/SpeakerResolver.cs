using Storyline.Documents;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// Says who each quote is by. A name next to the cue is its entity; "he"/"she" is the person who
/// opens its sentence ("it" the body or country that does), else the last person quoted, when their gender fits (or, failing that, the
/// last person named whose gender fits); a role ("the minister", "the top Russian
/// diplomat") is the person holding it; an anonymous source ("a White House official") stays as
/// written. A quote with no attribution of its own takes the speaker of the quote it stands beside
/// in its paragraph, or of the previous paragraph's quote when it opens its paragraph, or of the same
/// words quoted with a cue elsewhere in the article (a headline repeating a quote).
/// </summary>
public static class SpeakerResolver
{
    private static readonly HashSet<string> PersonPronouns = new(["he", "she", "him", "her"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Quote> Resolve(string text, TextLayout layout, EntityAnalysis entities, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(quotes);
        var resolved = quotes.OrderBy(q => q.Span.Start).ToList();
        ArticleEntity? lastSpeaker = null;
        for (var i = 0; i < resolved.Count; i++)
        {
            var quote = resolved[i];
            if (quote.Source is not { } source)
            {
                continue;
            }

            var opener = source.Form == SpeakerForm.Pronoun && OpenerKind(source.Span.Of(text)) is { } kind ? SentenceSubject(text, layout, entities, source.Span.Start, kind) : null;
            var speaker = FromPhrase(text, entities, source, quote.Span.Start, lastSpeaker, opener);
            if (speaker?.Entity is { } index && entities.Entities[index].Type == EntityType.Person)
            {
                lastSpeaker = entities.Entities[index];
            }

            resolved[i] = quote with { Speaker = speaker };
        }

        for (var i = 0; i < resolved.Count; i++)
        {
            if (resolved[i].Source is null && resolved[i].Kind != QuoteKind.Indirect)
            {
                resolved[i] = resolved[i] with { Speaker = FromNeighbours(text, layout, resolved, i) };
            }
        }

        return CopyAcrossRepeats(text, entities, resolved);
    }

    private static Speaker? FromPhrase(string text, EntityAnalysis entities, SpeakerPhrase phrase, int offset, ArticleEntity? lastSpeaker, ArticleEntity? opener)
    {
        var words = phrase.Span.Of(text);
        switch (phrase.Form)
        {
            case SpeakerForm.Name when entities.EntityWithin(phrase.Span) is { } entity:
                return new Speaker(entity.Name, entity.Index, phrase);
            case SpeakerForm.Pronoun when PersonPronouns.Contains(words):
                var person = new[] { opener, lastSpeaker }.FirstOrDefault(p => p is not null && PersonGender.Fits(PersonGender.Of(entities, p), words))
                    ?? entities.LastBefore(offset, e => e.Type == EntityType.Person && PersonGender.Fits(PersonGender.Of(entities, e), words));
                return person is null ? null : new Speaker(person.Name, person.Index, phrase);
            case SpeakerForm.Pronoun:
                return opener is null ? null : new Speaker(opener.Name, opener.Index, phrase);
            case SpeakerForm.NounPhrase when IsCapitals(words) && ByCapitalSurname(entities, words) is { } named:
                return new Speaker(named.Name, named.Index, phrase);
            default:
                var holder = IsDefinite(words) && !HasPersonPossessor(text, entities, phrase.Span) ? EntityResolver.ResolveRole(entities, words, phrase.Span.Start, lastSpeaker) : null;
                return holder is null ? new Speaker(words, null, phrase) : new Speaker(holder.Name, holder.Index, phrase);
        }
    }

    /// <summary>
    /// The person who opens the sentence holding <paramref name="offset"/>, before it: a pronoun later in
    /// that sentence is them ("Ban Ki-moon condemned what he called …") sooner than the last speaker.
    /// </summary>
    private static ArticleEntity? SentenceSubject(string text, TextLayout layout, EntityAnalysis entities, int offset, Func<ArticleEntity, bool> fits)
    {
        var sentence = layout.Sentences.LastOrDefault(s => s.Start <= offset);
        var subject = entities.FirstAfter(sentence.Start, offset - sentence.Start, fits);
        if (subject is null)
        {
            return null;
        }

        var mention = subject.Mentions.Select(m => entities.Mentions[m].Span).First(m => m.Start >= sentence.Start && m.Start < offset);
        var before = text[sentence.Start..mention.Start].Trim();
        return before.Any(char.IsLower) && !IsArticle(before) ? null : subject;
    }

    /// <summary>"The Harbour Authority …": the article before a body's name still leaves it opening the sentence.</summary>
    private static bool IsArticle(string words) => words is "The" or "the";

    /// <summary>"he"/"she" stand for a person; "it" for a body or country ("The council pledged to act on what it called …"); "they", "we" for no one entity.</summary>
    private static Func<ArticleEntity, bool>? OpenerKind(string pronoun) =>
        PersonPronouns.Contains(pronoun) ? e => e.Type == EntityType.Person
        : string.Equals(pronoun, "it", StringComparison.OrdinalIgnoreCase) ? e => e.Type is EntityType.Organization or EntityType.GeoPolitical
        : null;

    /// <summary>A transcript writes a speaker's surname in capitals ("PENCE"): the person of the article with that surname.</summary>
    private static ArticleEntity? ByCapitalSurname(EntityAnalysis entities, string surname) =>
        entities.Entities.FirstOrDefault(e => e.Type == EntityType.Person
            && EntityResolver.Words(e.Name) is [.., var last] && string.Equals(last, surname, StringComparison.OrdinalIgnoreCase));

    private static bool IsCapitals(string words) => words.Length > 1 && words.All(char.IsUpper);

    /// <summary>"the minister", "the country's foreign minister" point at someone; "a White House official" does not.</summary>
    private static bool IsDefinite(string phrase) =>
        phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || phrase.Contains("'s ", StringComparison.Ordinal) || phrase.Contains("’s ", StringComparison.Ordinal);

    /// <summary>"Gary Johnson’s doctor" is someone else than Johnson, and not one the role names elsewhere in the article: it stays as written.</summary>
    private static bool HasPersonPossessor(string text, EntityAnalysis entities, TextSpan phrase)
    {
        var mark = text.IndexOf("’s ", phrase.Start, phrase.Length, StringComparison.Ordinal) is var curly and >= 0
            ? curly
            : text.IndexOf("'s ", phrase.Start, phrase.Length, StringComparison.Ordinal);
        return mark > phrase.Start && entities.EntityWithin(TextSpan.FromBounds(phrase.Start, mark)) is { Type: EntityType.Person };
    }

    private static Speaker? FromNeighbours(string text, TextLayout layout, List<Quote> quotes, int i)
    {
        var quote = quotes[i];
        var paragraph = QuoteExtractor.ParagraphOf(layout, quote.Span.Start);
        var span = layout.Paragraphs[paragraph];
        var marked = quotes.Select((q, k) => (q, k)).Where(x => x.k != i && x.q.Kind != QuoteKind.Indirect && x.q.Speaker is not null).ToList();

        var following = marked.FirstOrDefault(x => x.k > i && span.Contains(x.q.Span.Start));
        if (following.q is not null && IsBlankBetween(text, quote.Span.End, following.q.Span.Start))
        {
            return following.q.Speaker;
        }

        var preceding = marked.LastOrDefault(x => x.k < i && span.Contains(x.q.Span.Start));
        if (preceding.q is not null)
        {
            return preceding.q.Speaker;
        }

        if (following.q is not null)
        {
            return following.q.Speaker;
        }

        if (paragraph > 0 && OpensWithQuote(text, span, quote.Span))
        {
            var previous = layout.Paragraphs[paragraph - 1];
            return marked.LastOrDefault(x => x.k < i && previous.Contains(x.q.Span.Start)).q?.Speaker;
        }

        return null;
    }

    /// <summary>
    /// The same words quoted twice (a headline or cross-head repeating the body) are by one speaker:
    /// the one a cue names, and a person rather than the country or body they speak for.
    /// </summary>
    private static List<Quote> CopyAcrossRepeats(string text, EntityAnalysis entities, List<Quote> quotes)
    {
        var keys = quotes.Select(q => Normalise(q.Span.Of(text))).ToList();
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Kind == QuoteKind.Indirect || (quotes[i].Source is not null && !SpeaksForOthers(entities, quotes[i].Speaker)))
            {
                continue;
            }

            var needsPerson = quotes[i].Source is not null;
            for (var k = 0; k < quotes.Count; k++)
            {
                if (k != i && quotes[k].Cue is not null && quotes[k].Speaker is { } other && keys[i].Length > 2 && keys[k].Contains(keys[i], StringComparison.Ordinal)
                    && (!needsPerson || IsPerson(entities, other)))
                {
                    quotes[i] = quotes[i] with { Speaker = quotes[k].Speaker };
                    break;
                }
            }
        }

        return quotes;
    }

    private static bool SpeaksForOthers(EntityAnalysis entities, Speaker? speaker) =>
        speaker?.Entity is { } index && entities.Entities[index].Type is EntityType.GeoPolitical or EntityType.Organization;

    private static bool IsPerson(EntityAnalysis entities, Speaker speaker) =>
        speaker.Entity is { } index && entities.Entities[index].Type == EntityType.Person;

    private static string Normalise(string words)
    {
        var builder = new System.Text.StringBuilder(words.Length + 2).Append(' ');
        foreach (var c in words)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder[^1] == ' ' ? builder.ToString() : builder.Append(' ').ToString();
    }

    private static bool IsBlankBetween(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensWithQuote(string text, TextSpan paragraph, TextSpan quote) => IsBlankBetween(text, paragraph.Start, quote.Start);
}
