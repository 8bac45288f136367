using System.Globalization;
using System.Text;

namespace Storyline.Bench;

/// <summary>One synthetic scraped article: its file id, the page text and the date it carries.</summary>
public sealed record GeneratedArticle(string Id, string Text, DateOnly Published, int Story);

/// <summary>
/// Writes synthetic scraped news articles, the same for the same seed: a page header, a title, a
/// dateline with the outlet, body paragraphs with quotes, figures and abbreviations, and the
/// boilerplate a scraper keeps (comment forms, "3 hours ago" widgets, related links). Articles come
/// in stories: several outlets report each happening, with reordered and dropped paragraphs,
/// slightly different figures and dates shifted by a day or two. The end-to-end benchmarks read
/// these as a corpus of <c>.txt</c> files.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private static readonly string[] Outlets = ["CNN", "Reuters", "AFP", "Euronews", "The Daily Ledger", "Bulletin News", "AP"];
    private static readonly string[] Places = ["KYIV, Ukraine", "MOSCOW", "WASHINGTON", "BRUSSELS", "GENEVA", "LONDON", "PARIS", "BERLIN"];
    private static readonly string[] Speakers =
    [
        "Foreign Minister Dmytro Kuleba", "Secretary of State Antony Blinken", "Deputy Foreign Minister Sergei Ryabkov",
        "NATO Secretary-General Jens Stoltenberg", "Gen. Mark A. Milley", "Dr. Anna E. Novak", "Mr. J. R. Smith",
    ];
    private static readonly string[] Actors = ["Ukraine", "Russia", "the U.S.", "NATO", "the E.U.", "the U.K.", "Germany", "France"];
    private static readonly string[] Issues =
    [
        "concessions on security", "the troop build-up", "sanctions", "the cease-fire", "gas supplies", "the talks in Geneva",
        "membership of the alliance", "arms deliveries",
    ];
    private static readonly string[] SpeechVerbs = ["said", "told reporters", "added", "insisted", "warned", "stressed"];
    private static readonly string[] Quotes =
    [
        "We will not accept any concessions on {0}.", "There is no change, and there will be no change.",
        "This is absolutely unlikely, but we are ready for {0}.", "Let me be clear: {1} does not want a war.",
        "We have paid a lot — including {2} lives — to decide our own future.", "Why would we negotiate on {0} now?",
        "The door remains open... We are waiting for an answer.", "It's about nations' freedom to pick their own course!",
    ];
    private static readonly string[] Facts =
    [
        "{1} has massed an estimated {2} troops near the border, officials said on {3}.",
        "Talks on {0} are due to resume on Dec. 5 at 10 a.m. in Geneva, according to No. 10 Downing St. officials.",
        "Growth in the region fell by 3.5% last year, while prices rose {4} percent.",
        "The meeting, which lasted more than {5} hours, ended without agreement on {0}.",
        "Western powers have repeatedly warned {1} not to take further action over {0}.",
        "{1}’s position has not changed since the U.S.-led talks began in {6}.",
    ];
    private static readonly string[] Boilerplate =
    [
        "Leave a Comment", "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Please enter your comment!", "Please enter your name here", "Related Articles", "Stay Connected",
        "- Advertisement -", "Share this article", "Sign up for our newsletter", "Latest Articles",
    ];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly DateOnly FirstDate = new(2021, 11, 1);

    /// <summary>How many outlets report each happening, at most.</summary>
    private const int MaxReportsPerStory = 4;

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> as UTF-8 <c>.txt</c> files named
    /// by their ids, and says how many bytes they hold.</summary>
    public long WriteFiles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        foreach (var article in Generate(count))
        {
            var content = new UTF8Encoding(false).GetBytes(article.Text);
            bytes += content.Length;
            File.WriteAllBytes(Path.Combine(folder, article.Id + ".txt"), content);
        }

        return bytes;
    }

    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        var random = new Random(seed);
        var story = 0;
        var produced = 0;
        while (produced < count)
        {
            var facts = new StoryFacts(random, story);
            var reports = Math.Min(count - produced, random.Next(1, MaxReportsPerStory + 1));
            for (var report = 0; report < reports; report++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"gen_{produced:D6}");
                var published = facts.Date.AddDays(random.Next(0, 3));
                yield return new GeneratedArticle(id, Write(random, facts, published), published, story);
                produced++;
            }

            story++;
        }
    }

    private static string Write(Random random, StoryFacts facts, DateOnly published)
    {
        var text = new StringBuilder(4096);
        var outlet = Pick(random, Outlets);
        if (random.Next(3) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"-{random.Next(1, 15)}.{random.Next(10)} C\n\n");
        }

        text.Append(published.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        text.Append(Capitalized($"{facts.Actor} rejects {facts.Issue} as tensions rise")).Append("\n\n");
        var paragraphs = Retold(random, facts);
        paragraphs[0] = $"{Pick(random, Places)} ({outlet}) — {paragraphs[0]}";
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            if (random.Next(6) == 0)
            {
                text.Append(Capitalized($"{facts.Actor} strengthens presence in Eastern Europe {random.Next(0, 3)}:{random.Next(10, 60)}")).Append("\n\n");
            }
        }

        var boilerplateCount = random.Next(2, 6);
        for (var i = 0; i < boilerplateCount; i++)
        {
            text.Append(random.Next(3) == 0 ? $"{random.Next(1, 12)} hours ago" : Pick(random, Boilerplate)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The story's paragraphs as one outlet tells them: some dropped, two swapped, and
    /// the troop figure rounded differently.</summary>
    private static List<string> Retold(Random random, StoryFacts facts)
    {
        var paragraphs = facts.Paragraphs.Where((_, i) => i < 3 || random.Next(5) > 0).ToList();
        if (random.Next(2) == 0)
        {
            var i = random.Next(1, paragraphs.Count - 1);
            (paragraphs[i], paragraphs[i + 1]) = (paragraphs[i + 1], paragraphs[i]);
        }

        if (random.Next(4) == 0)
        {
            var troops = facts.Troops.ToString("N0", CultureInfo.InvariantCulture);
            var other = (facts.Troops + (random.Next(1, 6) * 1000)).ToString("N0", CultureInfo.InvariantCulture);
            paragraphs = [.. paragraphs.Select(p => p.Replace(troops, other, StringComparison.Ordinal))];
        }

        return paragraphs;
    }

    private static string QuoteParagraph(Random random, StoryFacts facts)
    {
        var quote = Fill(random, Pick(random, Quotes), facts);
        var speaker = Pick(random, Speakers);
        return random.Next(3) switch
        {
            0 => $"“{quote.TrimEnd('.')},” {speaker} {Pick(random, SpeechVerbs)}.",
            1 => $"{speaker} {Pick(random, SpeechVerbs)}: \"{quote}\"",
            _ => $"{speaker} {Pick(random, SpeechVerbs)} on {Pick(random, Weekdays)} that {facts.Actor} would not move on {facts.Issue}.",
        };
    }

    private static string Fill(Random random, string template, StoryFacts facts) =>
        string.Format(
            CultureInfo.InvariantCulture,
            template,
            facts.Issue,
            facts.Actor,
            facts.Troops.ToString("N0", CultureInfo.InvariantCulture),
            Pick(random, Weekdays),
            facts.Percent,
            facts.Hours,
            facts.Date.Year - 1);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>What every report of one happening starts from.</summary>
    private sealed class StoryFacts
    {
        public StoryFacts(Random random, int story)
        {
            Actor = Pick(random, Actors);
            Issue = Pick(random, Issues);
            Troops = random.Next(60, 180) * 1000;
            Percent = random.Next(10, 99) / 10.0;
            Hours = random.Next(2, 12);
            Date = FirstDate.AddDays((story * 3) + random.Next(0, 3));
            var count = random.Next(5, 12);
            for (var i = 0; i < count; i++)
            {
                Paragraphs.Add(random.Next(2) == 0 ? QuoteParagraph(random, this) : Capitalized(Fill(random, Pick(random, Facts), this)));
            }
        }

        public List<string> Paragraphs { get; } = [];

        public string Actor { get; }

        public string Issue { get; }

        public int Troops { get; }

        public double Percent { get; }

        public int Hours { get; }

        public DateOnly Date { get; }
    }
}
