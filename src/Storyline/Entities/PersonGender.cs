using System.Collections.Frozen;

namespace Storyline.Entities;

/// <summary>Whether "he" or "she" can refer to a person, as far as the article shows.</summary>
public enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// The gender of a person of an article, from the honorific written with them ("Mr.", "Ms.") or their
/// given name (a list of names borne mostly by women; any other known given name is taken as a man's).
/// </summary>
public static class PersonGender
{
    private static readonly FrozenSet<string> FemaleNames = ReferenceLines.Read("female-given-names.txt").Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GivenNames = ReferenceLines.Read("given-names.txt").Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static Gender Of(EntityAnalysis analysis, ArticleEntity person)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(person);
        foreach (var mention in person.Mentions)
        {
            switch (analysis.Mentions[mention].Title?.Title)
            {
                case "Mr.":
                    return Gender.Male;
                case "Mrs." or "Ms." or "Miss":
                    return Gender.Female;
            }
        }

        var words = EntityResolver.Words(person.Name);
        if (words.Length < 2)
        {
            return Gender.Unknown;
        }

        return FemaleNames.Contains(words[0]) ? Gender.Female : GivenNames.Contains(words[0]) ? Gender.Male : Gender.Unknown;
    }

    /// <summary>"he" fits a man or someone of unknown gender, "she" a woman or someone of unknown gender.</summary>
    public static bool Fits(Gender gender, string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" => gender != Gender.Female,
        "she" or "her" => gender != Gender.Male,
        _ => true,
    };
}
