using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>
/// When two reports are one report told twice. Fingerprints are written directly as content terms,
/// one string per sentence or quote, so each test shows only the evidence it is about.
/// </summary>
public class RetranslationRuleTests
{
    private static readonly string[] Names = ["marta quell", "lindholm", "harbour board"];

    private static readonly string[] Opening =
    [
        "ferry crew lindholm walk strike monday pay talk collapse",
        "quell union leader told local radio crew would stay ashore",
        "harbour board offer rise percent union call insult",
        "island resident face week without crossing mainland",
    ];

    private static readonly string[] OpeningRetold =
    [
        "ferry worker lindholm went strike monday wage talk broke",
        "union leader quell told radio station crew remain ashore",
        "harbour board propos rise percent union describ insult",
        "passenger island stranded school hospital visit cancel",
    ];

    private static readonly string[] Quotes =
    [
        "stay ashore until board listen",
        "offer insult every deckhand",
    ];

    [Fact]
    public void Same_opening_with_the_same_quotes_in_order_is_one_report_although_later_paragraphs_differ()
    {
        var dispatch = Report(Opening.Append("board chairman declin comment evening meeting"), Quotes);
        var shorterEdit = Report(OpeningRetold.Append("last strike lindholm ferry lasted three week decade ago"), Quotes);

        Assert.True(DuplicateDetector.IsRetranslation(shorterEdit, dispatch));
    }

    [Fact]
    public void Same_opening_sharing_a_single_quote_is_another_outlets_report()
    {
        var first = Report(Opening, Quotes);
        var second = Report(OpeningRetold, [Quotes[0], "never seen morale low harbour"]);

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Same_quotes_in_another_order_are_not_one_report()
    {
        var first = Report(Opening, Quotes);
        var second = Report(OpeningRetold, [Quotes[1], Quotes[0]]);

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Shared_quotes_under_a_different_opening_are_not_one_report()
    {
        var first = Report(Opening, Quotes);
        var second = Report(
            [
                "mainland commuter queue bus replacement service lindholm",
                "council emergency meeting island supply food fuel",
                "shop owner quell strike cost trade summer",
                "harbour board spokesman said offer remain table",
            ],
            Quotes);

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Sentence_by_sentence_copy_without_quotes_is_one_report()
    {
        var first = Report(Opening, []);
        var second = Report(
            [
                "ferry crew lindholm walk strike monday pay talk collapsed",
                "quell union leader told radio crew would stay ashore",
                "harbour board offer rise percent union call insult",
                "island resident face week without crossing mainland",
            ],
            []);

        Assert.True(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Report_naming_people_the_other_never_names_is_not_one_report()
    {
        var first = Report(Opening, Quotes);
        var second = Report(OpeningRetold, Quotes) with { Names = ["marta quell", "lindholm", "piet varga", "ostmark", "transport ministry"] };

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Reports_days_apart_are_not_one_report()
    {
        var first = Report(Opening, Quotes) with { Published = new DateOnly(2024, 3, 4) };
        var second = Report(OpeningRetold, Quotes) with { Published = new DateOnly(2024, 3, 9) };

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void Several_figures_none_shared_mean_different_reports()
    {
        var first = Report(Opening, Quotes) with { Figures = [40, 3.5] };
        var second = Report(OpeningRetold, Quotes) with { Figures = [12, 7] };

        Assert.False(DuplicateDetector.IsRetranslation(second, first));
    }

    [Fact]
    public void An_edit_that_keeps_one_figure_the_other_lacks_is_still_one_report()
    {
        var first = Report(Opening, Quotes) with { Figures = [40, 3.5] };
        var second = Report(OpeningRetold, Quotes) with { Figures = [1998] };

        Assert.True(DuplicateDetector.IsRetranslation(second, first));
    }

    private static ReportFingerprint Report(IEnumerable<string> sentences, IEnumerable<string> quotes) => new(
        "r",
        "r",
        Names,
        [.. quotes.Select(Terms)],
        [],
        [.. sentences.Select(Terms)],
        null,
        null);

    private static IReadOnlyList<string> Terms(string text) => text.Split(' ');
}
