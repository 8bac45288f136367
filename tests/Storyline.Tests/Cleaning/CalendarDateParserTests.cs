using Storyline.Cleaning;

namespace Storyline.Tests.Cleaning;

public class CalendarDateParserTests
{
    [Theory]
    [InlineData("December 04, 2021")]
    [InlineData("Saturday, December 4, 2021")]
    [InlineData("4 December 2021")]
    [InlineData("Dec. 4, 2021 10:32 AM")]
    [InlineData("Published: 4 Dec 2021 10:15 GMT")]
    [InlineData("2021-12-04")]
    public void Date_only_lines_are_read(string line)
    {
        Assert.True(CalendarDateParser.TryParse(line, out var date));
        Assert.Equal(new DateOnly(2021, 12, 4), date);
    }

    [Theory]
    [InlineData("On December 4, 2021 the talks ended.")]
    [InlineData("3 hours ago")]
    [InlineData("February 30, 2021")]
    public void Lines_that_are_not_only_a_valid_date_are_not_read(string line)
    {
        Assert.False(CalendarDateParser.TryParse(line, out _));
    }

    [Fact]
    public void Month_and_day_of_a_dateline_are_read()
    {
        Assert.True(CalendarDateParser.TryParseMonthDay("Sept 3", out var month, out var day));
        Assert.Equal((9, 3), (month, day));
    }
}
