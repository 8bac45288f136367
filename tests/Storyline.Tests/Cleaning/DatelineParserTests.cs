using Storyline.Cleaning;
using Storyline.Reference;

namespace Storyline.Tests.Cleaning;

public class DatelineParserTests
{
    private readonly DatelineParser _parser = new(PlaceGazetteer.Default, OutletCatalog.Default);

    [Fact]
    public void Place_region_and_outlet_credit_is_read_up_to_the_text()
    {
        var credit = _parser.Parse("Kiev, Ucrania (CNN) — Ukraine will not allow it.");

        Assert.Equal(new DatelineCredit("Kyiv", "CNN", null, null, "Kiev, Ucrania (CNN) — ".Length), credit);
    }

    [Fact]
    public void Wire_dateline_with_month_and_day_is_read()
    {
        var credit = _parser.Parse("WASHINGTON, Dec 3 (Reuters) - The president said.");

        Assert.Equal(("Washington", "Reuters", 12, 3), (credit?.Place, credit?.Outlet, credit?.Month, credit?.Day));
    }

    [Fact]
    public void Unknown_upper_case_place_is_title_cased()
    {
        Assert.Equal("Port Halden", _parser.Parse("PORT HALDEN — Water rose.")?.Place);
    }

    [Fact]
    public void Place_dash_known_agency_line_is_a_credit_even_for_an_unknown_place()
    {
        var credit = _parser.Parse("Medran – AFP");

        Assert.Equal(("Medran", "AFP"), (credit?.Place, credit?.Outlet));
    }

    [Fact]
    public void Upper_case_place_makes_an_unknown_bracketed_name_an_outlet()
    {
        var credit = _parser.Parse("HEMPSTEAD, N.Y. (Island Wire) — Voters queued.");

        Assert.Equal(("Hempstead", "Island Wire"), (credit?.Place, credit?.Outlet));
    }

    [Theory]
    [InlineData("Moscow (pictured) — said nothing.")]
    [InlineData("NATO — the alliance said.")]
    [InlineData("US President Joe Biden said on Friday.")]
    [InlineData("Kuleba (pictured) — said nothing.")]
    public void Sentences_that_open_like_credits_are_not_credits(string line)
    {
        Assert.Null(_parser.Parse(line));
    }
}
