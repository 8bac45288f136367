using Storyline.Documents;

namespace Storyline.Entities;

/// <summary>
/// A name found in the text. <see cref="Span"/> is the mention as written, with a capitalised title
/// ("President Joe Biden"); <see cref="NameSpan"/> the name alone ("Joe Biden"); <see cref="Name"/>
/// the name normalised for look-ups (canonical spelling for places and organisations).
/// <see cref="Title"/> is the role title written with it, <see cref="Affiliation"/> the country or
/// organisation written before the title ("US", "NATO"). <see cref="TitleAlone"/> marks a capitalised
/// title written without a name ("the Prime Minister said"), which stands for the person holding it.
/// <see cref="Nested"/> marks a place written inside a longer name ("Volgograd" in "Volgograd Arena"):
/// a mention of its own entity, kept apart from the article's sequence of names.
/// </summary>
public sealed record EntityMention(
    TextSpan Span,
    TextSpan NameSpan,
    EntityType Type,
    string Name,
    RoleTitle? Title = null,
    string? Affiliation = null,
    bool TitleAlone = false,
    bool Nested = false);
