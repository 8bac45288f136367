namespace Storyline.Entities;

/// <summary>
/// Reads a noun phrase that names a person by role ("the minister", "the US Secretary of State",
/// "the top Russian diplomat", "the expert"): its role noun and the country it gives.
/// </summary>
public static class RolePhrase
{
    /// <summary>Person nouns that are not titles but still refer back to someone the article named.</summary>
    private static readonly string[] GenericRoleNouns = ["expert", "analyst", "delegate", "negotiator", "head", "chief", "diplomat", "leader", "official"];

    private static readonly string[] RoleNouns = EntityLexicon.Default.Titles
        .SelectMany(t => t.RoleNouns)
        .Concat(GenericRoleNouns)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(n => n.Length)
        .ToArray();

    /// <summary>The longest role noun the phrase contains as whole words, or null.</summary>
    public static string? RoleNounOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var padded = " " + string.Join(' ', EntityResolver.Words(phrase.Replace('’', '\'').ToLowerInvariant())) + " ";
        return RoleNouns.FirstOrDefault(n => padded.Contains(" " + n + " ", StringComparison.Ordinal));
    }

    /// <summary>The country the phrase names by demonym or place ("Russian" → Russia, "US" → United States), or null.</summary>
    public static string? CountryOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var word in EntityResolver.Words(phrase))
        {
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (EntityLexicon.Default.TryDemonym(bare, out var country) && country.Length > 0)
            {
                return country;
            }

            if (char.IsUpper(bare[0]) && EntityLexicon.Places.TryFind(bare, out var place) && place.Kind == Reference.PlaceKind.Country)
            {
                return place.Name;
            }
        }

        return null;
    }

    public static bool IsGeneric(string roleNoun) => GenericRoleNouns.Contains(roleNoun, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a person the article titled one way can be called by <paramref name="roleNoun"/>.</summary>
    public static bool Fits(ArticleEntity person, string roleNoun, string? country)
    {
        ArgumentNullException.ThrowIfNull(person);
        var roleFits = person.Title is null
            || GenericRoleNouns.Contains(roleNoun, StringComparer.OrdinalIgnoreCase)
            || person.Title.RoleNouns.Contains(roleNoun, StringComparer.OrdinalIgnoreCase);
        var countryFits = country is null || person.Affiliation is null || person.Affiliation == country;
        return roleFits && countryFits;
    }
}
