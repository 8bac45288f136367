using Storyline.Documents;
using static Storyline.Tests.Cleaning.Cleaning;

namespace Storyline.Tests.Cleaning;

public class ArticleCleanerDateTests
{
    [Fact]
    public void Date_line_under_the_title_is_the_publication_date()
    {
        var article = Clean($"Talks end without a deal\n\nDecember 04, 2021\n{Paragraph}");

        Assert.Equal(new DateOnly(2021, 12, 4), article.Published);
    }

    [Fact]
    public void Date_line_under_the_title_is_not_body_text()
    {
        var article = Clean($"Talks end without a deal\n\nDecember 04, 2021\n{Paragraph}");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Date_line_under_a_byline_is_the_publication_date()
    {
        var article = Clean($"Talks end without a deal\nBy Jane Ostrova\nPublished: 3 Dec 2021 10:15 GMT\n{Paragraph}");

        Assert.Equal(new DateOnly(2021, 12, 3), article.Published);
        Assert.Equal("Jane Ostrova", article.Author);
    }

    [Fact]
    public void Page_header_date_above_the_title_is_not_the_publication_date()
    {
        var article = Clean($"-6.4 C\nFriday, December 9, 2022\n\nTalks end without a deal\n\n{Paragraph}");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Footer_date_and_relative_time_are_not_the_publication_date()
    {
        var article = Clean($"Talks end without a deal\n\n{Paragraph}\n\nDecember 04, 2021\n3 hours ago");

        Assert.Null(article.Published);
        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Dateline_month_and_day_take_their_year_from_the_known_date()
    {
        var article = Clean(
            $"Talks end without a deal\nWASHINGTON, Dec 3 (Reuters) - {Paragraph}",
            new DocumentHints(Published: new DateOnly(2022, 1, 2)));

        Assert.Equal(new DateOnly(2021, 12, 3), article.Published);
    }

    [Fact]
    public void Known_date_is_used_when_the_text_gives_none()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}", new DocumentHints(Published: new DateOnly(2022, 1, 9)));

        Assert.Equal(new DateOnly(2022, 1, 9), article.Published);
    }
}
