using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// Finds an author bio block: a line holding only a person's name (often repeated by the page), then a
/// line that says who that person is ("Cedric is a journalist ... lead writer for Bulletin News.").
/// The bio names the author and, when it says whom they write for, the outlet.
/// </summary>
internal static partial class AuthorBioDetector
{
    public static AuthorBio? Find(IReadOnlyList<SourceLine> lines, int from)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
        {
            var name = lines[i].Text;
            if (!PersonName().IsMatch(name))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && lines[next].Text == name)
            {
                next++;
            }

            if (next < lines.Count && DescribesPerson(lines[next].Text, name))
            {
                return new AuthorBio(i, next, name, Employer(lines[next].Text));
            }
        }

        return null;
    }

    private static bool DescribesPerson(string line, string name)
    {
        var parts = name.Split(' ');
        var subjects = new[] { name, parts[0], parts[^1] };
        return subjects.Any(subject => line.StartsWith(subject + " is ", StringComparison.Ordinal)
            || line.StartsWith(subject + " has ", StringComparison.Ordinal))
            && Role().IsMatch(line);
    }

    private static string? Employer(string bio)
    {
        var matches = EmployerPattern().Matches(bio);
        return matches.Count == 0 ? null : matches[^1].Groups["outlet"].Value.TrimEnd('.');
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}\p{M}'-]+){1,2}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|author|producer|analyst)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|producer)\s+(?:for|at|with)\s+(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'.-]*){0,4})")]
    private static partial Regex EmployerPattern();
}
