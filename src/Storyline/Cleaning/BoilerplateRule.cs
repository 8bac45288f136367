using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>One class of page furniture recognised by the shape of a whole line.</summary>
/// <param name="Kind">The class the rule recognises.</param>
/// <param name="Pattern">Matches a whole line of that class.</param>
/// <param name="OpensList">Whether short headline lines that follow belong to the same widget.</param>
internal sealed record BoilerplateRule(BoilerplateKind Kind, Regex Pattern, bool OpensList)
{
    public bool Matches(string line) => Pattern.IsMatch(line);
}
