using Storyline.Documents;
using static Storyline.Tests.Cleaning.Cleaning;

namespace Storyline.Tests.Cleaning;

public class ArticleCleanerCreditTests
{
    [Fact]
    public void Dateline_credit_opening_the_first_paragraph_gives_place_and_outlet()
    {
        var article = Clean($"Talks end without a deal\n\nKiev, Ucrania (CNN) — {Paragraph}");

        Assert.Equal("Kyiv", article.Dateline);
        Assert.Equal(["CNN"], article.Outlets);
    }

    [Fact]
    public void Dateline_credit_is_stripped_from_the_paragraph()
    {
        var article = Clean($"Talks end without a deal\n\nKiev, Ucrania (CNN) — {Paragraph}");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Upper_case_dateline_is_canonicalised()
    {
        var article = Clean($"Talks end without a deal\n\nWASHINGTON — {Paragraph}");

        Assert.Equal("Washington", article.Dateline);
        Assert.Empty(article.Outlets);
    }

    [Fact]
    public void Bracketed_place_opening_a_paragraph_is_a_dateline()
    {
        var article = Clean($"Talks end without a deal\n\n(Moscow) {Paragraph}");

        Assert.Equal("Moscow", article.Dateline);
        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Place_and_agency_on_their_own_line_are_a_dateline_and_leave_the_body()
    {
        var article = Clean($"Talks end without a deal\n\nGeneva – Agence France-Presse\n{Paragraph}");

        Assert.Equal("Geneva", article.Dateline);
        Assert.Equal(["AFP"], article.Outlets);
        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Agency_named_inside_a_sentence_is_not_a_dateline()
    {
        const string Told = "Dmytro Kuleba also told AFP he wanted other Western nations to do the same.";
        var article = Clean($"Talks end without a deal\n\n{Told}");

        Assert.Null(article.Dateline);
        Assert.Equal([Told], article.BlockTexts());
    }

    [Fact]
    public void Wire_agency_a_source_spoke_to_is_credited()
    {
        var article = Clean("Talks end without a deal\n\nThe minister told Reuters he wanted other nations to do the same.");

        Assert.Equal(["Reuters"], article.Outlets);
    }

    [Fact]
    public void Broadcaster_a_source_spoke_to_is_not_credited()
    {
        var article = Clean("Talks end without a deal\n\nThe minister told CNN he wanted other nations to do the same.");

        Assert.Empty(article.Outlets);
    }

    [Fact]
    public void Trailing_credit_names_the_outlet_and_is_stripped()
    {
        var article = Clean($"Talks end without a deal\n\n{Paragraph}\n\n{OtherParagraph} — Euronews");

        Assert.Equal(["Euronews"], article.Outlets);
        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Trailing_credit_closing_a_short_last_paragraph_is_stripped()
    {
        var article = Clean($"Talks end without a deal\n\n{Paragraph}\n\nThe talks resume on Monday. — AFP");

        Assert.Equal(["AFP"], article.Outlets);
        Assert.Equal([Paragraph, "The talks resume on Monday."], article.BlockTexts());
    }

    [Fact]
    public void Trailing_credit_is_found_above_stray_short_lines()
    {
        var article = Clean($"Talks end without a deal\n\n{Paragraph}\n\n{OtherParagraph} — AFP\nTags\nEurope");

        Assert.Equal(["AFP"], article.Outlets);
        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Known_outlet_comes_first_among_the_outlets()
    {
        var article = Clean($"Talks end without a deal\n\nWASHINGTON (Reuters) - {Paragraph}", new DocumentHints(Outlet: "Daily Ledger"));

        Assert.Equal(["Daily Ledger", "Reuters"], article.Outlets);
    }

    [Fact]
    public void Author_bio_gives_author_and_outlet_and_leaves_the_body()
    {
        var article = Clean(
            $"Talks end without a deal\n\n{Paragraph}\n\nMara Quill\nMara Quill\n" +
            "Mara is a journalist with ten years of experience. She is currently the lead writer for Harbor Daily.");

        Assert.Equal("Mara Quill", article.Author);
        Assert.Equal(["Harbor Daily"], article.Outlets);
        Assert.Equal([Paragraph], article.BlockTexts());
    }
}
