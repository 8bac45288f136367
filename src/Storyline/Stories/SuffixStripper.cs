namespace Storyline.Stories;

/// <summary>
/// A crude English stemmer: folds plurals and the commonest verb endings so "arrested",
/// "arrests" and "arresting" meet. It over- and under-stems; clustering only needs the
/// inflections of one word to land together most of the time.
/// </summary>
internal static class SuffixStripper
{
    private const int MinStem = 3;

    public static string Strip(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            word = word[..^2];
        if (word.Length <= MinStem + 1)
            return word;
        if (word.EndsWith("ies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length - 3 >= MinStem + 1)
            return Undouble(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length - 2 >= MinStem + 1)
            return Undouble(word[..^2]);
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    private static string Undouble(string stem) =>
        stem.Length > MinStem && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
