using Storyline.Stories;

namespace Storyline.Dossiers;

/// <summary>The lowercase words of a text that carry its content: letters or digits, not stop words, two letters or more.</summary>
internal static class ContentWords
{
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    var word = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(word))
                    {
                        words.Add(word);
                    }
                }

                start = -1;
            }
        }

        return words;
    }
}
