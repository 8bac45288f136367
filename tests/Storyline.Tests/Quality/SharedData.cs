namespace Storyline.Tests.Quality;

/// <summary>Finds the <c>shared</c> folder (seeds, gold data, scorer) that sits beside the repository.</summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Scorer => Path.Combine(Root, "eval", "score.py");

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "eval", "score.py")) && directory.GetFiles("*.slnx").Length == 0)
            {
                return candidate;
            }

            var sibling = Path.Combine(directory.FullName, "..", "shared");
            if (directory.GetFiles("*.slnx").Length > 0 && File.Exists(Path.Combine(sibling, "eval", "score.py")))
            {
                return Path.GetFullPath(sibling);
            }
        }

        throw new DirectoryNotFoundException(
            "The shared data folder was not found beside the repository; set STORYLINE_SHARED to its path.");
    }
}
