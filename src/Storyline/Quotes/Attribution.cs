namespace Storyline.Quotes;

/// <summary>A cue verb (when there is one) and the words naming the speaker it attributes to.</summary>
internal readonly record struct Attribution(CueVerb? Cue, SpeakerPhrase Source);
