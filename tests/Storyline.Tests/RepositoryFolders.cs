namespace Storyline.Tests;

/// <summary>Folders of the repository, found from the test binaries.</summary>
internal static class RepositoryFolders
{
    /// <summary>The shipped demo corpus, <c>samples/</c>.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Storyline.slnx")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("The repository root (Storyline.slnx) was not found above the test binaries.");
        }
    }
}
