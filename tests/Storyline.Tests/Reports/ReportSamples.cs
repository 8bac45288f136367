using Storyline.Dossiers;
using Storyline.Export;
using Storyline.Reports;
using Storyline.Tests.Dossiers;

namespace Storyline.Tests.Reports;

/// <summary>A small invented story report: two articles (one from the web, one from a file), a disagreement,
/// a position, quotations — and markup in the text, which every format must show as text.</summary>
internal static class ReportSamples
{
    public const string Hostile = "<script>alert(1)</script>";

    public static StoryReport Dam()
    {
        ArticleRecord[] articles =
        [
            StoryRecords.Article("wire-dam", published: "2025-03-14", outlets: ["AFP"]) with { Origin = "https://news.example/dam?id=1" },
            StoryRecords.Article("herald-dam", published: "2025-03-15", outlets: ["Medran Herald"]) with { Origin = "/data/herald.txt" },
        ];
        var dossier = new Dossier(
            Summary:
            [
                new SummarySentenceRecord("The Korvel dam burst before dawn, a clerk wrote " + Hostile + " on the board.", "wire-dam"),
                new SummarySentenceRecord("Rescuers reached the lower town by noon.", "herald-dam"),
            ],
            Timeline: [new TimelineEntryRecord("2025-03-14", "The Korvel dam burst before dawn.", ["wire-dam", "herald-dam"])],
            Claims:
            [
                new ClaimRecord(
                    "people",
                    [
                        new ClaimValueRecord(1200d, "exact", ["wire-dam"], 1, ["The flood forced 1,200 people from their homes."]),
                        new ClaimValueRecord(1500d, "about", ["herald-dam"], 1, ["About 1,500 people fled."]),
                        new ClaimValueRecord("hundreds", "vague", ["herald-dam"], 1, ["Hundreds of people slept in the school."]),
                    ],
                    Disagree: true),
            ],
            Positions:
            [
                new PositionRecord("Valdoria", "Ilona Mareck", "reject", "any delay | of the inquiry", ["wire-dam"], "Mareck said she would not accept any delay."),
            ],
            Coverage: new CoverageRecord(
                Quotes:
                [
                    new CoveredItemRecord("We will rebuild", "Ilona Mareck", ["AFP", "Medran Herald"], ["wire-dam", "herald-dam"], false),
                    new CoveredItemRecord("It sounded like " + Hostile, null, ["Medran Herald"], ["herald-dam"], true),
                ],
                Figures: [new CoveredItemRecord("1,200 people", null, ["AFP"], ["wire-dam"], true)]));
        return StoryReport.From("sty-000001", "Korvel dam gives way", articles, dossier);
    }
}
