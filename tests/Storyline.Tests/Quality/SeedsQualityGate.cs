using Storyline.Entities;
using Storyline.Export;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Quality;

/// <summary>
/// The quality gate: Storyline's scores on the seeds, by the reference scorer, must not fall below
/// the floors pinned here. A floor is raised when a change earns it and lowered only on purpose.
/// </summary>
public sealed class SeedsQualityGate : IClassFixture<SeedsQualityGate.SeedScores>
{
    private const double Tolerance = 1e-6;
    private readonly SeedScores _scores;

    public SeedsQualityGate(SeedScores scores) => _scores = scores;

    [Theory]
    [InlineData("title_accuracy", 1.0)]
    [InlineData("published_accuracy", 1.0)]
    [InlineData("body_lines_kept", 0.98)]
    [InlineData("boilerplate_lines_dropped", 0.95)]
    [InlineData("dateline_accuracy", 0.8)]
    [InlineData("outlets_recall", 0.85)]
    [InlineData("quotes_required_recall", 0.95)]
    [InlineData("quotes_precision", 0.90)]
    [InlineData("quotes_attribution_accuracy", 0.95)]
    [InlineData("numbers_recall", 1.0)]
    [InlineData("entity_alias_consistency", 0.95)]
    [InlineData("entity_cross_document_consistency", 0.90)]
    [InlineData("entity_recall", 0.90)]
    [InlineData("event_bcubed_f1", 1.0)]
    [InlineData("story_bcubed_f1", 1.0)]
    [InlineData("same_report_found", 1.0)]
    [InlineData("disagreements_found", 1.0)]
    [InlineData("summary_sentences", 5)]
    [InlineData("positions_recall", 0.72)]
    public void Seeds_score_stays_at_or_above_its_floor(string figure, double floor)
    {
        Assert.True(_scores.Figures.ContainsKey(figure), $"score.py printed no '{figure}'");
        Assert.True(_scores.Figures[figure] >= floor - Tolerance, $"{figure} = {_scores.Figures[figure]:F4}, below its floor {floor:F4}");
    }

    [Fact]
    public void Seeds_have_no_false_duplicates()
    {
        Assert.Equal(0, _scores.Figures["false_duplicates"]);
    }

    /// <summary>Analyses the seeds once for all the floors.</summary>
    public sealed class SeedScores : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("storyline-gate-").FullName;

        public SeedScores()
        {
            using var store = SqliteStore.Open(Path.Combine(_directory, "seeds.db"));
            var summary = new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store).Run([SharedData.Seeds]);
            if (summary.Failures.Count > 0)
            {
                throw new InvalidOperationException("Seeds failed to analyse: " + string.Join("; ", summary.Failures));
            }

            ExchangeWriter.Write(store.ReadAll(), EntityCatalog.FromEntries(store.ReadCatalog()), _directory);
            Figures = Scorer.Run(
                "seeds",
                "--articles", Path.Combine(_directory, ExchangeWriter.ArticlesFile),
                "--stories", Path.Combine(_directory, ExchangeWriter.StoriesFile));
        }

        public IReadOnlyDictionary<string, double> Figures { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
