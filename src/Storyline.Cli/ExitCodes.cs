namespace Storyline.Cli;

/// <summary>The process exit codes, documented in the README and in <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work. Items that were skipped are listed on stderr and counted in the summary.</summary>
    public const int Success = 0;

    /// <summary>Nothing could be done: the store could not be opened, no input could be read, an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>With <c>--strict</c>: the work was done but some items were skipped.</summary>
    public const int ItemsSkipped = 3;

    public const string Help =
        "Exit codes: 0 done (skipped items are reported on stderr); 1 nothing could be done; 2 bad command line; " +
        "3 done but items were skipped (only with --strict).";
}
