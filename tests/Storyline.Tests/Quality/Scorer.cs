using System.Diagnostics;
using System.Globalization;

namespace Storyline.Tests.Quality;

/// <summary>Runs the reference scorer (score.py) and reads its <c>name: value</c> lines.</summary>
internal static class Scorer
{
    public static IReadOnlyDictionary<string, double> Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SharedData.Scorer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py failed ({process.ExitCode}): {errors}");
        }

        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && double.TryParse(line[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                figures[line[..colon].Trim()] = value;
            }
        }

        return figures;
    }
}
