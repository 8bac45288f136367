using System.Diagnostics;
using Storyline.Analysis;
using Storyline.Documents;
using Storyline.Entities;
using Storyline.Ingest;
using Storyline.Storage;

namespace Storyline.Pipeline;

/// <summary>Settings of one analysis run.</summary>
public sealed record AnalysisRunOptions(IngestOptions Ingest, int BatchSize = 256);

/// <summary>
/// One run over a set of inputs: read → analyse → add the entities to the catalog → store, in batches;
/// then the new articles are placed into events and stories (<see cref="ClusteringStep"/>). Articles whose content and
/// analysis version are already stored are skipped, so running twice over the same input stores
/// everything once. An item that cannot be read or analysed is reported and the run goes on.
/// </summary>
public sealed class AnalysisRun(AnalysisRunOptions options, IArticleStore store)
{
    private readonly ArticleAnalyzer _analyzer = new();

    /// <summary>Runs over <paramref name="inputs"/>; <paramref name="onFailure"/> hears of each item skipped
    /// as it happens and <paramref name="onProgress"/> of the counts after each batch.</summary>
    public RunSummary Run(
        IEnumerable<string> inputs,
        Action<RunFailure>? onFailure = null,
        Action<RunSummary>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Run(new DocumentSource(options.Ingest).Read(inputs), onFailure, onProgress);
    }

    /// <summary>Runs over documents already read (fetched pages, feed items).</summary>
    public RunSummary Run(
        IEnumerable<ReadResult> documents,
        Action<RunFailure>? onFailure = null,
        Action<RunSummary>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = Stopwatch.StartNew();
        var tally = new RunTally();
        var batch = new List<AnalyzedArticle>(options.BatchSize);
        var seenInRun = new HashSet<string>(StringComparer.Ordinal);
        var catalog = EntityCatalog.FromEntries(store.ReadCatalog());

        void Fail(RunFailure failure)
        {
            tally.Failures.Add(failure);
            onFailure?.Invoke(failure);
        }

        void Flush()
        {
            var outcomes = store.SaveAll(batch, catalog.TakeChanges());
            for (var i = 0; i < outcomes.Count; i++)
            {
                tally.Count(outcomes[i], batch[i]);
            }

            batch.Clear();
            onProgress?.Invoke(tally.Summary(clock.Elapsed));
        }

        foreach (var result in documents)
        {
            tally.Read++;
            switch (result)
            {
                case ReadFailure failure:
                    Fail(new RunFailure(failure.Origin, "read", failure.Reason));
                    continue;
                case DocumentRead { Document: var document }:
                    if (!seenInRun.Add(document.Id))
                    {
                        Fail(new RunFailure(document.Origin, "read", $"article id '{document.Id}' appears twice in this run; the first one is kept"));
                        continue;
                    }

                    // The content hash is only worth computing against a stored one; the cleaner computes it anyway.
                    if (store.VersionOf(document.Id) is { } stored
                        && stored.AnalysisVersion == AnalysisVersion.Current
                        && stored.ContentHash == ContentHash.Of(document.Text))
                    {
                        tally.Unchanged++;
                        continue;
                    }

                    if (Analyze(document, Fail) is { } analyzed)
                    {
                        batch.Add(analyzed);
                        AddToCatalog(catalog, analyzed.Entities);
                    }

                    break;
            }

            if (batch.Count >= options.BatchSize)
            {
                Flush();
            }
        }

        Flush();
        var (placed, copies) = new ClusteringStep(store).Run();
        tally.Clustered = placed;
        tally.Copies = copies;
        return tally.Summary(clock.Elapsed);
    }

    private static void AddToCatalog(EntityCatalog catalog, EntityAnalysis entities)
    {
        foreach (var entity in entities.Entities)
        {
            // A title written alone ("the President") is not a name of its holder in other articles.
            catalog.Add(entity.Name, entity.Type, entity.Mentions.Where(m => !entities.Mentions[m].TitleAlone).Select(m => entities.Mentions[m].Name));
        }
    }

    private AnalyzedArticle? Analyze(RawDocument document, Action<RunFailure> fail)
    {
        try
        {
            return _analyzer.Analyze(document);
        }
#pragma warning disable CA1031 // A stage failing on one article must not stop the run; it is reported with the article named.
        catch (Exception e)
#pragma warning restore CA1031
        {
            fail(new RunFailure(document.Origin, "analyse", $"{e.GetType().Name}: {e.Message}"));
            return null;
        }
    }

    private sealed class RunTally
    {
        public int Read { get; set; }

        public int Added { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; set; }

        public long Words { get; private set; }

        public long Sentences { get; private set; }

        public int Clustered { get; set; }

        public int Copies { get; set; }

        public List<RunFailure> Failures { get; } = [];

        public void Count(SaveOutcome outcome, AnalyzedArticle article)
        {
            switch (outcome)
            {
                case SaveOutcome.Added:
                    Added++;
                    break;
                case SaveOutcome.Updated:
                    Updated++;
                    break;
                default:
                    Unchanged++;
                    return;
            }

            var tokens = article.Layout.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind is Text.TokenKind.Word or Text.TokenKind.Number)
                {
                    Words++;
                }
            }

            Sentences += article.Layout.Sentences.Count;
        }

        public RunSummary Summary(TimeSpan elapsed) =>
            new(Read, Added, Updated, Unchanged, [.. Failures], Words, Sentences, Clustered, Copies, elapsed);
    }
}

/// <summary>An item a run skipped: where it came from, the stage that refused it and why, in one line.</summary>
public sealed record RunFailure(string Origin, string Stage, string Reason)
{
    public override string ToString() => $"{Origin}: {Stage}: {Reason}";
}

/// <summary>What a run did.</summary>
public sealed record RunSummary(
    int ItemsRead,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<RunFailure> Failures,
    long Words,
    long Sentences,
    int Clustered,
    int Copies,
    TimeSpan Elapsed)
{
    public int Analysed => Added + Updated;

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Analysed / Elapsed.TotalSeconds : 0;
}
