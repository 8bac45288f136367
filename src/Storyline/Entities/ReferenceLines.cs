namespace Storyline.Entities;

/// <summary>Reads one of the reference lists embedded in the library: its lines, comments and blanks left out.</summary>
internal static class ReferenceLines
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        var resource = "Storyline.Reference." + fileName;
        using var stream = typeof(ReferenceLines).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded list {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('|'));
        }

        return rows;
    }
}
