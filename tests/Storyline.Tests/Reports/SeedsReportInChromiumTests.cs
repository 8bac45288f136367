using System.Diagnostics;
using Storyline.Dossiers;
using Storyline.Entities;
using Storyline.Export;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Reports;
using Storyline.Storage.Sqlite;
using Storyline.Tests.Quality;
using Xunit.Abstractions;

namespace Storyline.Tests.Reports;

/// <summary>The HTML report of the seeds' story as Debian's headless chromium renders it (nothing is downloaded).</summary>
public sealed class SeedsReportInChromiumTests(SeedsReportInChromiumTests.SeedsReport seeds, ITestOutputHelper output)
    : IClassFixture<SeedsReportInChromiumTests.SeedsReport>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Every_section_heading_is_in_the_rendered_page()
    {
        var dom = Chromium("--dump-dom", seeds.Page);

        Assert.All(HtmlReport.SectionHeadings, s => Assert.Contains($"<h2 id=\"{s.Id}-h\">{s.Heading}</h2>", dom, StringComparison.Ordinal));
    }

    [Fact]
    public void A_phone_sized_screenshot_of_the_page_is_saved()
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "seeds-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        Chromium("--screenshot=" + screenshot, seeds.Page, "--window-size=412,2000");

        output.WriteLine($"screenshot of the seeds' report: {screenshot}");
        Assert.True(File.Exists(screenshot), "chromium saved no screenshot");
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is nearly empty");
    }

    private static string Chromium(string action, string page, params string[] more)
    {
        var profile = Directory.CreateTempSubdirectory("storyline-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, .. more, action, new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within " + Patience + ": " + errors.Result);
            }

            return dom.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The seeds analysed once into a store of their own, and their story's report written as a page.</summary>
    public sealed class SeedsReport : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("storyline-seeds-report-").FullName;

        public SeedsReport()
        {
            var database = Path.Combine(_directory, "seeds.db");
            using (var store = SqliteStore.Open(database))
            {
                new AnalysisRun(new AnalysisRunOptions(new IngestOptions()), store).Run([SharedData.Seeds]);
            }

            using var archive = SqliteArchive.Open(database);
            var story = Assert.Single(archive.Stories(10, 0).Items);
            var catalog = EntityCatalog.FromEntries(archive.ReadCatalog());
            var articles = archive.StoryArticles(story.Id, 100).Select(a => CatalogNaming.Apply(a, catalog)).ToList();
            Page = Path.Combine(_directory, "seeds-report.html");
            File.WriteAllText(Page, HtmlReport.Page(StoryReport.From(story.Id, story.Title, articles, new DossierBuilder().Build(articles))));
        }

        public string Page { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
