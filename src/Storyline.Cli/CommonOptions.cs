using System.CommandLine;

namespace Storyline.Cli;

/// <summary>Options that several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "storyline.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store to use; created when missing.",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "FILE",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print a machine-readable JSON summary on stdout instead of tables.",
    };

    public static Option<string?> Out(string description) => new("--out")
    {
        Description = description,
        HelpName = "DIR",
    };
}
