using Storyline.Documents;
using static Storyline.Tests.Cleaning.Cleaning;

namespace Storyline.Tests.Cleaning;

public class ArticleCleanerTitleTests
{
    [Fact]
    public void Title_is_the_first_line_after_a_weather_and_date_header()
    {
        var article = Clean($"-6.4 C\nFriday, December 9, 2022\n\nTalks end without a deal\n\n{Paragraph}");

        Assert.Equal("Talks end without a deal", article.Title);
    }

    [Fact]
    public void Title_is_kept_out_of_the_body()
    {
        var article = Clean($"Talks end without a deal\n\n{Paragraph}");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Breadcrumb_above_the_title_is_skipped()
    {
        var article = Clean($"Home › World › Europe\nTalks end without a deal\n{Paragraph}");

        Assert.Equal("Talks end without a deal", article.Title);
    }

    [Fact]
    public void Known_title_wins_over_the_first_line()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}", new DocumentHints(Title: "Talks end without a deal - The Daily"));

        Assert.Equal("Talks end without a deal - The Daily", article.Title);
        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Body_only_text_with_a_known_title_keeps_its_first_paragraph()
    {
        var article = Clean($"{Paragraph}\n{OtherParagraph}", new DocumentHints(Title: "Talks end without a deal"));

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }
}
