namespace Storyline.Cleaning;

/// <summary>An author bio block found in the page: the lines it spans and what it says.</summary>
internal sealed record AuthorBio(int FirstIndex, int LastIndex, string Author, string? Outlet)
{
    public bool Covers(int index) => index >= FirstIndex && index <= LastIndex;
}
