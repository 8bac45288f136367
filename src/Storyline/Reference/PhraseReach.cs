using System.Collections.Frozen;

namespace Storyline.Reference;

/// <summary>
/// For the names of a reference list, the most words a name opening with a given word has,
/// compared case-insensitively as the lists are. A reader that tries the longest phrase first can
/// start at this many words instead of the longest name in the list: a phrase longer than the
/// reach of its first word is in no list, so it need not be built or looked up.
/// </summary>
internal sealed class PhraseReach
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsByFirstWord;

    public PhraseReach(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var reach = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? name : name[..space];
            var words = name.Count(c => c == ' ') + 1;
            reach[first] = Math.Max(words, reach.GetValueOrDefault(first));
        }

        _wordsByFirstWord = reach.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most words a name opening with <paramref name="firstWord"/> has; 1 when none opens with it, since the word alone may still be one.</summary>
    public int WordsFrom(ReadOnlySpan<char> firstWord) => _wordsByFirstWord.TryGetValue(firstWord, out var words) ? words : 1;
}
