using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Languages;

/// <summary>
/// Tells the language of an article from the first two thousand characters of its body: the
/// script its letters are written in decides for scripts that one language uses (Korean, Japanese,
/// Greek, Thai...); for the Latin, Cyrillic and Arabic scripts, the language whose commonest
/// function words the text uses most (<c>function-words.txt</c>) or whose own letters it holds. A
/// text too short or too mixed to tell gives null rather than a guess. It reads each character
/// once and looks each word up once, so it costs far less than the article's other stages.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>The body's opening is as telling as the whole of it.</summary>
    private const int SampleChars = 2000;

    /// <summary>Fewer function-word hits than this is too little to tell.</summary>
    private const int MinHits = 5;

    /// <summary>Letters of a script that one language uses, or that marks one language among
    /// those that share it.</summary>
    private static readonly (int First, int Last, string Code)[] SingleLanguageScripts =
    [
        (0x0370, 0x03FF, "el"), (0x0590, 0x05FF, "he"), (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"),
        (0x0B80, 0x0BFF, "ta"), (0x0E00, 0x0E7F, "th"), (0x10A0, 0x10FF, "ka"), (0x0530, 0x058F, "hy"),
        (0xAC00, 0xD7AF, "ko"), (0x1100, 0x11FF, "ko"), (0x3130, 0x318F, "ko"),
        (0x3040, 0x30FF, "ja"),
    ];

    private static readonly FrozenDictionary<string, string[]> WordLanguages = LoadFunctionWords();

    public static string? Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        int latin = 0, cyrillic = 0, arabic = 0, han = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x0250)
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (SingleScript(c) is { } code)
            {
                scripts[code] = scripts.GetValueOrDefault(code) + 1;
            }
        }

        var letters = latin + cyrillic + arabic + han + scripts.Values.Sum();
        if (letters == 0)
        {
            return null;
        }

        // Japanese writes kana among its Chinese characters; Chinese writes none.
        if (scripts.GetValueOrDefault("ja") * 20 > letters)
        {
            return "ja";
        }

        var script = scripts.Count == 0 ? null : scripts.MaxBy(s => s.Value).Key;
        var count = script is null ? 0 : scripts[script];
        var best = Math.Max(Math.Max(latin, cyrillic), Math.Max(arabic, Math.Max(han, count)));
        if (best == han)
        {
            return "zh";
        }

        if (script is not null && best == count)
        {
            return script;
        }

        if (best == arabic)
        {
            return ArabicScriptLanguage(sample);
        }

        return ByFunctionWords(sample);
    }

    private static string? SingleScript(char c)
    {
        foreach (var (first, last, code) in SingleLanguageScripts)
        {
            if (c >= first && c <= last)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Persian and Urdu add letters to the Arabic alphabet.</summary>
    private static string ArabicScriptLanguage(ReadOnlySpan<char> sample)
    {
        int persian = 0, urdu = 0;
        foreach (var c in sample)
        {
            persian += c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' ? 1 : 0;
            urdu += c is 'ے' or 'ں' or 'ٹ' or 'ڈ' or 'ڑ' ? 1 : 0;
        }

        return urdu > 2 && urdu >= persian / 2 ? "ur" : persian > 2 ? "fa" : "ar";
    }

    private static string? ByFunctionWords(ReadOnlySpan<char> sample)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[24];
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var inWord = i < sample.Length && (char.IsLetter(sample[i]) || (start >= 0 && sample[i] == '\''));
            if (inWord)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start <= lower.Length)
            {
                var length = sample[start..i].ToLowerInvariant(lower);
                if (lookup.TryGetValue(lower[..length], out var languages))
                {
                    foreach (var language in languages)
                    {
                        hits[language] = hits.GetValueOrDefault(language) + 1;
                    }
                }
            }

            start = -1;
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var ranked = hits.OrderByDescending(h => h.Value).Take(2).ToList();
        var winner = ranked[0];
        var tied = ranked.Count > 1 && ranked[1].Value == winner.Value;
        return winner.Value >= MinHits && !tied ? winner.Key : null;
    }

    private static FrozenDictionary<string, string[]> LoadFunctionWords()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream("Storyline.Reference.function-words.txt")
            ?? throw new InvalidOperationException("The embedded function-word list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var languages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|');
            foreach (var word in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = word.ToLower(CultureInfo.InvariantCulture);
                if (!languages.TryGetValue(key, out var list))
                {
                    languages[key] = list = [];
                }

                list.Add(fields[0]);
            }
        }

        return languages.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
