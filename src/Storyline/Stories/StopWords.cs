using System.Collections.Frozen;

namespace Storyline.Stories;

/// <summary>English function words and reporting filler that say nothing about what an article is about.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "may",
        "might", "must", "shall", "said", "says", "say", "told", "according", "one", "two", "new", "like", "get", "got",
        "us", "mr", "mrs", "ms", "s", "t", "don", "didn", "doesn", "isn", "wasn", "won", "can't", "it's", "yet", "per",
        "since", "still", "even", "many", "much", "well", "back", "way", "made", "make", "go", "going", "went", "come",
        "came", "take", "took", "see", "know", "think", "want", "time", "year", "years", "day", "days", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "published", "updated",
        "reuters", "ap", "afp", "via", "image", "photo", "copyright", "read", "click", "share",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
