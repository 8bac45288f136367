namespace Storyline.Reference;

/// <summary>What kind of place a name stands for.</summary>
public enum PlaceKind
{
    Country,
    City,
    Region,

    /// <summary>A state, province or constituent nation of a country: a political unit, like a country or a city.</summary>
    State,
}

/// <summary>A place with its canonical name (the spelling Storyline reports), and the country it lies in.</summary>
public sealed record Place(string Name, PlaceKind Kind, string? Country);
