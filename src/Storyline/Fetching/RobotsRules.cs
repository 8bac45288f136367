namespace Storyline.Fetching;

/// <summary>
/// The rules of a robots.txt for one user agent: the group naming the agent (by a token its name
/// contains), else the <c>*</c> group. A path is allowed unless the longest matching rule is a
/// Disallow; on a tie Allow wins. Rules may use <c>*</c> for any characters and end with <c>$</c>.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Pattern)> rules) => _rules = rules;

    /// <summary>Rules that allow everything, for a host without a robots.txt.</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(userAgent);
        var groups = new List<(List<string> Agents, List<(bool Allow, string Pattern)> Rules)>();
        (List<string> Agents, List<(bool, string)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not null && field is "allow" or "disallow" && value.Length > 0)
            {
                current.Value.Rules.Add((field == "allow", value));
            }
        }

        var agent = userAgent.ToLowerInvariant();
        var chosen = groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && agent.Contains(a, StringComparison.Ordinal))).Rules
            ?? groups.FirstOrDefault(g => g.Agents.Contains("*")).Rules;
        return new RobotsRules(chosen ?? []);
    }

    /// <summary>Whether the path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var best = (Length: -1, Allow: true);
        foreach (var (allow, pattern) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (pattern.Length, allow);
            }
        }

        return best.Allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1 && anchored
                ? (path.EndsWith(parts[i], StringComparison.Ordinal) && path.Length - parts[i].Length >= at ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
