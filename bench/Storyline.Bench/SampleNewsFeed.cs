using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Storyline.Documents;
using Storyline.Export;
using Storyline.Ingest;

namespace Storyline.Bench;

/// <summary>
/// An endless, reproducible stream of articles made from the sample corpus, in publication order,
/// for the scale benchmark. Each generated story retells a handful of the samples with every proper
/// name swapped for a name of its own and about half of its longer ordinary words swapped for words
/// of its own (so stories differ by who, where and what, as real ones do, while keeping the samples'
/// sentence shapes, quotes and page noise), its dates moved to the story's days, its figures nudged,
/// paragraphs dropped or swapped, and now and then a verbatim re-publication by another outlet. Stories start
/// at a steady rate, each spread over a few days, so the stream covers
/// <see cref="ArticlesPerDay"/> articles a day.
/// </summary>
public sealed partial class SampleNewsFeed
{
    public const int ArticlesPerDay = 2000;

    /// <summary>How many days a story's reports are spread over.</summary>
    private const int StoryDays = 4;

    private static readonly DateOnly FirstDay = new(2020, 1, 1);
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Onsets = ["B", "D", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Dr", "Kr", "St", "Tr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ei"];
    private static readonly string[] Codas = ["", "n", "r", "l", "s", "k", "v", "sk", "rn", "lt"];

    /// <summary>Words every story keeps: the cues quotes, figures and dates are found by.</summary>
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "according", "warned", "promised", "demanded", "denied", "rejected",
        "about", "more", "than", "least", "over", "under", "nearly", "almost", "around", "people", "percent",
        "hundred", "thousand", "million", "billion", "hours", "days", "weeks", "months", "years", "ago",
        "that", "this", "with", "from", "have", "were", "would", "will", "their", "there", "which", "after", "before",
    };

    private readonly IReadOnlyList<string[]> _samples;
    private readonly HashSet<string> _names;
    private readonly int _seed;

    private SampleNewsFeed(IReadOnlyList<string[]> samples, HashSet<string> names, int seed)
    {
        _samples = samples;
        _names = names;
        _seed = seed;
    }

    /// <summary>Reads the <c>.txt</c> samples of <paramref name="folder"/> as the templates of the stream.</summary>
    public static SampleNewsFeed FromFolder(string folder, int seed)
    {
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (texts.Count == 0)
        {
            throw new InvalidOperationException($"{folder}: no .txt samples to generate from");
        }

        var samples = texts.Select(t => t.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToList();
        return new SampleNewsFeed(samples, ProperNames(texts), seed);
    }

    /// <summary>The first <paramref name="count"/> articles of the stream, oldest first.</summary>
    public IEnumerable<ReadResult> Articles(int count) =>
        InPublicationOrder(count, _samples.Count, (random, story, start) => Story(random, story, start).Select(a => (a, a.Hints.Published!.Value)))
            .Select(a => (ReadResult)new DocumentRead(a));

    /// <summary>
    /// The first <paramref name="count"/> articles of a stream of analysed records, oldest first, told
    /// as <see cref="Articles"/> tells pages but from <paramref name="templates"/>, the samples analysed
    /// once: names and words are swapped in the text and in its entities, quotes and dateline alike, so
    /// the clustering stage can be measured over a million articles without analysing each of them.
    /// </summary>
    public IEnumerable<ArticleRecord> Records(IReadOnlyList<ArticleRecord> templates, int count)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return InPublicationOrder(count, templates.Count, (random, story, start) => StoryRecords(random, templates, story, start));
    }

    /// <summary>
    /// Stories told by <paramref name="story"/> (from a story number and its first day), started at a
    /// steady rate and released in publication order: a report waits until no story still to start can
    /// publish before it.
    /// </summary>
    private IEnumerable<T> InPublicationOrder<T>(int count, int templates, Func<Random, int, DateOnly, IEnumerable<(T Article, DateOnly Published)>> story)
    {
        var random = new Random(_seed);
        var waiting = new PriorityQueue<T, (DateOnly Day, int Order)>();
        var produced = 0;
        var order = 0;
        var number = 0;
        var meanStorySize = (templates + 3) / 2.0;
        while (produced < count)
        {
            var start = FirstDay.AddDays((int)(number * meanStorySize / ArticlesPerDay));
            while (waiting.TryPeek(out _, out var next) && next.Day < start && produced < count)
            {
                produced++;
                yield return waiting.Dequeue();
            }

            foreach (var (article, published) in story(random, number, start))
            {
                waiting.Enqueue(article, (published, order++));
            }

            number++;
        }
    }

    private IEnumerable<(ArticleRecord Record, DateOnly Published)> StoryRecords(Random random, IReadOnlyList<ArticleRecord> templates, int story, DateOnly start)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var monthShift = start.Month - 3;
        var reports = random.Next(3, templates.Count + 1);
        var chosen = Enumerable.Range(0, templates.Count).OrderBy(_ => random.Next()).Take(reports);
        foreach (var sample in chosen)
        {
            var published = start.AddDays(random.Next(StoryDays));
            var id = string.Create(CultureInfo.InvariantCulture, $"s{story:D7}-{sample}");
            var record = Retold(random, templates[sample], id, published, names, monthShift, start.Year);
            yield return (record, published);
            if (random.Next(10) == 0)
            {
                var copy = id + "-copy";
                yield return (record with { Id = copy, Origin = copy, Published = Day(published.AddDays(1)) }, published.AddDays(1));
            }
        }
    }

    private ArticleRecord Retold(Random random, ArticleRecord template, string id, DateOnly published, Dictionary<string, string> names, int monthShift, int year)
    {
        string Swapped(string text) =>
            Year().Replace(
                Word().Replace(text, m => Rename(m.Value, names, random, monthShift)),
                m => (year + int.Parse(m.Value, CultureInfo.InvariantCulture) - 2025).ToString(CultureInfo.InvariantCulture));

        var text = Retell(random, template.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries), names, monthShift, year);
        return template with
        {
            Id = id,
            Origin = id,
            Title = template.Title is null ? null : Swapped(template.Title),
            Published = Day(published),
            Dateline = template.Dateline is null ? null : Swapped(template.Dateline),
            Text = text,
            Entities = [.. template.Entities.Select(e => e with { Name = Swapped(e.Name), Mentions = [.. e.Mentions.Select(Swapped)] })],
            Quotes = [.. template.Quotes.Select(q => q with { Text = Swapped(q.Text), Speaker = q.Speaker is null ? null : Swapped(q.Speaker) })],
            Numbers = [.. template.Numbers.Select(n => n with { Value = NudgedValue(n.Value, random) })],
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? NudgedValue(double? value, Random random) =>
        value is { } v && v == Math.Floor(v) && v is >= 0 and < int.MaxValue
            ? double.Parse(Nudged(((int)v).ToString(CultureInfo.InvariantCulture), random), CultureInfo.InvariantCulture)
            : value;

    private IEnumerable<RawDocument> Story(Random random, int story, DateOnly start)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var monthShift = start.Month - 3;
        var reports = random.Next(3, _samples.Count + 1);
        var chosen = Enumerable.Range(0, _samples.Count).OrderBy(_ => random.Next()).Take(reports);
        foreach (var sample in chosen)
        {
            var published = start.AddDays(random.Next(StoryDays));
            var text = Retell(random, _samples[sample], names, monthShift, start.Year);
            var id = string.Create(CultureInfo.InvariantCulture, $"s{story:D7}-{sample}");
            yield return new RawDocument(id, id, text, DocumentFormat.PlainText, new DocumentHints(Published: published));
            if (random.Next(10) == 0)
            {
                var copy = id + "-copy";
                yield return new RawDocument(copy, copy, text, DocumentFormat.PlainText, new DocumentHints(Published: published.AddDays(1)));
            }
        }
    }

    private string Retell(Random random, string[] paragraphs, Dictionary<string, string> names, int monthShift, int year)
    {
        var kept = paragraphs.Where((_, i) => i < 3 || random.Next(6) > 0).ToList();
        if (kept.Count > 4 && random.Next(2) == 0)
        {
            var i = random.Next(3, kept.Count - 1);
            (kept[i], kept[i + 1]) = (kept[i + 1], kept[i]);
        }

        var text = string.Join("\n\n", kept);
        text = Word().Replace(text, m => Rename(m.Value, names, random, monthShift));
        text = Year().Replace(text, m => (year + int.Parse(m.Value, CultureInfo.InvariantCulture) - 2025).ToString(CultureInfo.InvariantCulture));
        return Figure().Replace(text, m => Nudged(m.Value, random));
    }

    private string Rename(string word, Dictionary<string, string> names, Random random, int monthShift)
    {
        var month = Array.IndexOf(Months, word);
        if (month >= 0)
        {
            return Months[(((month + monthShift) % 12) + 12) % 12];
        }

        var ordinary = word.Length >= 4 && word.All(char.IsLower) && !Cues.Contains(word);
        if (!_names.Contains(word) && !ordinary)
        {
            return word;
        }

        if (!names.TryGetValue(word, out var name))
        {
            name = !ordinary ? Invented(random) : random.Next(2) == 0 ? word : Invented(random).ToLowerInvariant();
            names[word] = name;
        }

        return name;
    }

    private static string Invented(Random random)
    {
        var name = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
        {
            name.Append(name.Length == 0 ? Onsets[random.Next(Onsets.Length)] : Onsets[random.Next(Onsets.Length)].ToLowerInvariant())
                .Append(Vowels[random.Next(Vowels.Length)]);
        }

        return name.Append(Codas[random.Next(Codas.Length)]).ToString();
    }

    /// <summary>A figure of a hundred or more moved by up to a tenth, kept in its written form.</summary>
    private static string Nudged(string figure, Random random)
    {
        var value = int.Parse(figure.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        if (value < 100 || value is >= 1900 and <= 2100 || random.Next(3) > 0)
        {
            return figure;
        }

        var nudged = value + (value * random.Next(-10, 11) / 100);
        return figure.Contains(',', StringComparison.Ordinal)
            ? nudged.ToString("N0", CultureInfo.InvariantCulture)
            : nudged.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Capitalised words the samples use inside sentences and never in lower case, less month and
    /// day names: the names of people, places and organisations a story swaps for its own.
    /// </summary>
    private static HashSet<string> ProperNames(IEnumerable<string> texts)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            foreach (Match match in Word().Matches(text))
            {
                var word = match.Value;
                var start = match.Index;
                var opensSentence = start == 0 || text.AsSpan(0, start).TrimEnd(" “\"'(").EndsWith(".") || text.AsSpan(0, start).TrimEnd(" “\"'(").EndsWith("\n");
                if (char.IsLower(word[0]))
                {
                    lower.Add(word);
                }
                else if (!opensSentence && word.Length > 2 && word.Skip(1).All(char.IsLower))
                {
                    capitalised.Add(word);
                }
            }
        }

        var calendar = CultureInfo.InvariantCulture.DateTimeFormat;
        capitalised.RemoveWhere(w => lower.Contains(w) || calendar.MonthNames.Contains(w) || calendar.DayNames.Contains(w));
        return capitalised;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b20[0-3]\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,3}(,\d{3})+\b|\b\d{3,6}\b")]
    private static partial Regex Figure();
}
