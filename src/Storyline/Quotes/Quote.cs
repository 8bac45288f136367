using Storyline.Documents;

namespace Storyline.Quotes;

/// <summary>How a quote reports words: a quoted sentence or clause, a few quoted words inside a reported sentence, or reported speech without marks.</summary>
public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>The reporting verb of a quote ("said", "told") and its lemma.</summary>
public readonly record struct CueVerb(TextSpan Span, string Lemma);

/// <summary>How the words naming a speaker refer to them.</summary>
public enum SpeakerForm
{
    /// <summary>A name the entity stage found ("Kuleba", "the Kremlin").</summary>
    Name,

    /// <summary>"he", "she", "they".</summary>
    Pronoun,

    /// <summary>Any other noun phrase: a role ("the minister") or an anonymous source ("a White House official").</summary>
    NounPhrase,
}

/// <summary>The words in the text that name who is speaking.</summary>
public readonly record struct SpeakerPhrase(TextSpan Span, SpeakerForm Form);

/// <summary>
/// Who a quote is attributed to: the entity of the article when the speaker is resolved to one,
/// otherwise the words as written ("a White House official"); <see cref="Name"/> is what Storyline reports.
/// </summary>
public sealed record Speaker(string Name, int? Entity, SpeakerPhrase? Phrase);

/// <summary>
/// One quotation. <see cref="Span"/> is the quoted words without their marks (for an indirect
/// quote, the reported clause); <see cref="Source"/> the speaker's words next to the cue;
/// <see cref="Speaker"/> who said it once resolved.
/// </summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind, CueVerb? Cue, SpeakerPhrase? Source, Speaker? Speaker = null);
