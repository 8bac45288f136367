using Storyline.Cleaning;

namespace Storyline.Tests.Cleaning;

public class BoilerplateRulesTests
{
    [Theory]
    [InlineData("-6.4 C")]
    [InlineData("12°C Cloudy")]
    public void Weather_readings_are_weather(string line) => AssertKind(BoilerplateKind.Weather, line);

    [Theory]
    [InlineData("Home › World › Europe")]
    [InlineData("Home / News")]
    public void Breadcrumbs_are_navigation(string line) => AssertKind(BoilerplateKind.Navigation, line);

    [Theory]
    [InlineData("Leave a Comment")]
    [InlineData("Leave a Reply")]
    [InlineData("Please enter your comment!")]
    [InlineData("Please enter your name here")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.")]
    public void Comment_prompts_are_comment_forms(string line) => AssertKind(BoilerplateKind.CommentForm, line);

    [Theory]
    [InlineData("Related Articles")]
    [InlineData("Latest Articles")]
    [InlineData("Most read")]
    public void List_headers_are_related_lists(string line) => AssertKind(BoilerplateKind.RelatedList, line);

    [Theory]
    [InlineData("See also  England and Scotland exempt travelers from quarantine | COVID-19 | news")]
    [InlineData("Read more: Dam inquiry opens")]
    public void Cross_references_are_see_also(string line) => AssertKind(BoilerplateKind.SeeAlso, line);

    [Theory]
    [InlineData("3 hours ago")]
    [InlineData("an hour ago")]
    [InlineData("45 minutes ago")]
    public void Relative_stamps_are_relative_times(string line) => AssertKind(BoilerplateKind.RelativeTime, line);

    [Theory]
    [InlineData("- Advertisement -")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Sponsored")]
    public void Advertisement_markers_are_advertisements(string line) => AssertKind(BoilerplateKind.Advertisement, line);

    [Theory]
    [InlineData("Photo by Maxim Shemetov, Reuters")]
    [InlineData("Photo: AFP")]
    [InlineData("(Getty Images)")]
    [InlineData("Anna Lee/AFP via Getty Images")]
    public void Picture_credits_are_photo_credits(string line) => AssertKind(BoilerplateKind.PhotoCredit, line);

    [Theory]
    [InlineData("NATO strengthens presence in Eastern Europe 0:58")]
    [InlineData("Watch: Floodwater reaches the town square 02:31")]
    public void Titles_with_running_times_are_video_captions(string line) => AssertKind(BoilerplateKind.VideoCaption, line);

    [Theory]
    [InlineData("(Reporting by Petra Ulm; Editing by Mark Hollis)")]
    [InlineData("Additional reporting by Jonas Reit")]
    [InlineData("(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)")]
    public void Wire_staff_lines_are_staff_credits(string line) => AssertKind(BoilerplateKind.StaffCredit, line);

    [Theory]
    [InlineData("Stay Connected")]
    [InlineData("Follow us")]
    [InlineData("Share this")]
    public void Social_prompts_are_social(string line) => AssertKind(BoilerplateKind.Social, line);

    [Theory]
    [InlineData("Related talks are due to begin in Vienna next week.")]
    [InlineData("Several Western officials have described these demands as “unacceptable.”")]
    [InlineData("Dmytro Kuleba also told AFP he wanted other Western nations to do the same.")]
    [InlineData("Share prices fell 3% after the announcement.")]
    [InlineData("Unacceptable terms")]
    [InlineData("Reporting by the BBC suggested that the minister had misled parliament.")]
    public void Body_text_is_not_furniture(string line)
    {
        Assert.Null(BoilerplateRules.Match(line));
    }

    private static void AssertKind(BoilerplateKind kind, string line)
    {
        Assert.Equal(kind, BoilerplateRules.Match(line)?.Kind);
    }
}
