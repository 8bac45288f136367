using System.Collections.Frozen;

namespace Storyline.Figures;

/// <summary>The English words the figure rules look for: number words, scales, currencies,
/// qualifiers, time units and the closed classes that end a noun phrase.</summary>
internal static class FigureWords
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words that multiply what precedes them, spelled out or as suffixes ("40m", "5bn").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3,
        ["m"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["bn"] = 1e9,
        ["b"] = 1e9,
        ["tn"] = 1e12,
        ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural scale words that state an order of magnitude: "tens of thousands", "dozens of".</summary>
    public static readonly FrozenSet<string> VagueScales = FrozenSet.ToFrozenSet(
        ["tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a following scale vague: "several thousand", "a few hundred".</summary>
    public static readonly FrozenSet<string> VagueCounts = FrozenSet.ToFrozenSet(
        ["several", "few", "many"], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> CurrencySigns = new Dictionary<string, string>
    {
        ["$"] = "USD",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₽"] = "RUB",
        ["₴"] = "UAH",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD",
        ["dollars"] = "USD",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["pound"] = "GBP",
        ["pounds"] = "GBP",
        ["sterling"] = "GBP",
        ["yen"] = "JPY",
        ["yuan"] = "CNY",
        ["renminbi"] = "CNY",
        ["rouble"] = "RUB",
        ["roubles"] = "RUB",
        ["ruble"] = "RUB",
        ["rubles"] = "RUB",
        ["hryvnia"] = "UAH",
        ["hryvnias"] = "UAH",
        ["hryvnas"] = "UAH",
        ["francs"] = "CHF",
        ["rupees"] = "INR",
        ["USD"] = "USD",
        ["EUR"] = "EUR",
        ["GBP"] = "GBP",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PercentWords = FrozenSet.ToFrozenSet(
        ["percent", "pct"], StringComparer.OrdinalIgnoreCase);

    /// <summary>One-word qualifiers standing right before a figure.</summary>
    public static readonly FrozenDictionary<string, FigureQualifier> Qualifiers = new Dictionary<string, FigureQualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = FigureQualifier.About,
        ["around"] = FigureQualifier.About,
        ["approximately"] = FigureQualifier.About,
        ["nearly"] = FigureQualifier.About,
        ["almost"] = FigureQualifier.About,
        ["some"] = FigureQualifier.About,
        ["roughly"] = FigureQualifier.About,
        ["circa"] = FigureQualifier.About,
        ["approx"] = FigureQualifier.About,
        ["over"] = FigureQualifier.Over,
        ["above"] = FigureQualifier.Over,
        ["exceeding"] = FigureQualifier.Over,
        ["under"] = FigureQualifier.Under,
        ["below"] = FigureQualifier.Under,
        ["estimated"] = FigureQualifier.Estimate,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-word qualifiers, keyed "first second".</summary>
    public static readonly FrozenDictionary<string, FigureQualifier> QualifierPairs = new Dictionary<string, FigureQualifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = FigureQualifier.Over,
        ["at least"] = FigureQualifier.Over,
        ["upwards of"] = FigureQualifier.Over,
        ["excess of"] = FigureQualifier.Over,
        ["fewer than"] = FigureQualifier.Under,
        ["less than"] = FigureQualifier.Under,
        ["up to"] = FigureQualifier.Under,
        ["at most"] = FigureQualifier.Under,
        ["many as"] = FigureQualifier.Under,
        ["much as"] = FigureQualifier.Under,
        ["close to"] = FigureQualifier.About,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that say the figure is an estimate when they shortly precede it ("was estimated to be").</summary>
    public static readonly FrozenSet<string> EstimateWords = FrozenSet.ToFrozenSet(
        ["estimated", "estimate", "estimates", "estimating"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Units of time: a number counting them is a duration or an age, not a figure.</summary>
    public static readonly FrozenSet<string> TimeUnits = FrozenSet.ToFrozenSet(
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
         "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades",
         "century", "centuries", "millennia", "years-old", "year-old"], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        StringComparer.Ordinal);

    /// <summary>Words right after a numeral that make it a clock time or a measurement of temperature.</summary>
    public static readonly FrozenSet<string> NonCountFollowers = FrozenSet.ToFrozenSet(
        ["am", "pm", "a.m", "p.m", "o'clock", "o’clock", "GMT", "UTC", "CET", "EST", "degrees"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Closed-class words that end the noun phrase a figure counts.</summary>
    public static readonly FrozenSet<string> PhraseEnders = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
         "of", "in", "on", "at", "to", "from", "by", "with", "along", "near", "across", "into", "for", "during",
         "since", "over", "under", "about", "against", "around", "between", "within", "without", "per", "after",
         "before", "through", "inside", "outside", "toward", "towards", "amid", "among", "onto", "upon", "via",
         "and", "or", "but", "as", "than", "while", "because", "although", "though", "unless", "until", "whether",
         "how", "what", "why", "most", "least", "who", "whom", "which", "whose", "where", "when", "if",
         "it", "they", "he", "she", "we", "you", "i", "them", "us", "him", "there", "here",
         "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
         "can", "may", "might", "should", "must", "shall", "do", "does", "did", "said", "says", "say",
         "also", "already", "still", "now", "each", "apiece", "ago", "so", "too", "not", "no", "just", "only",
         "all", "both", "either", "neither", "every", "last", "next", "yet", "then", "ever", "even"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners and possessives that may stand between "of" and the counted noun.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "whose"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Common modifiers of counted nouns that the suffix rules of <see cref="IsModifier"/> miss.</summary>
    public static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
        ["new", "more", "additional", "extra", "other", "further", "foreign", "local", "young", "old", "military",
         "many", "several", "own", "innocent", "regular", "active", "combat", "dead", "missing", "elite", "key",
         "former", "fellow", "top", "senior", "junior", "small", "large", "big", "major", "minor", "total",
         "ordinary", "unarmed", "wounded", "injured", "displaced", "registered", "eligible", "Western", "Eastern",
         "Northern", "Southern", "pro-Russian", "pro-Western", "ethnic", "front-line", "frontline", "daily"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns that do not end in "s".</summary>
    public static readonly FrozenSet<string> IrregularPlurals = FrozenSet.ToFrozenSet(
        ["people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "aircraft",
         "fish", "livestock", "militia", "infantry", "clergy", "youth", "data", "media", "crew", "feet", "teeth",
         "geese", "mice", "lice", "oxen", "persons", "folk"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that may open a sentence before a figure without naming anything.</summary>
    public static bool IsFunctionWord(string lower) =>
        PhraseEnders.Contains(lower) || Qualifiers.ContainsKey(lower) || Units.ContainsKey(lower)
        || lower is "nearly" or "almost" or "more" or "fewer" or "less" or "only" or "just" or "some";

    /// <summary>Whether a word modifies the noun after it: a listed modifier, a nationality, or a
    /// word shaped like an adjective or participle ("Russian", "armed", "Russia-backed").</summary>
    public static bool IsModifier(string word)
    {
        if (Modifiers.Contains(word))
        {
            return true;
        }

        if (LooksPlural(word))
        {
            return false;
        }

        ReadOnlySpan<string> endings = ["ian", "ean", "ese", "ish", "ic", "al", "ive", "ous", "ful", "less", "able", "ible", "ed", "ary", "ing"];
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word reads as a plural noun ("troops", "lives", "people").</summary>
    public static bool LooksPlural(string word)
    {
        if (IrregularPlurals.Contains(word))
        {
            return true;
        }

        return word.Length > 3
            && word.EndsWith('s')
            && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word reads as a verb form that follows a subject ("sailed", "remaining").</summary>
    public static bool LooksLikeVerbForm(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
}
