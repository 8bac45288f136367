using Storyline.Reference;

namespace Storyline.Tests.Reference;

public class PlaceGazetteerTests
{
    [Theory]
    [InlineData("Kiev")]
    [InlineData("Keiv")]
    [InlineData("KYIV")]
    public void Every_spelling_of_a_city_gives_its_canonical_name(string spelling)
    {
        Assert.Equal("Kyiv", PlaceGazetteer.Default.Canonical(spelling));
    }

    [Fact]
    public void A_city_knows_its_country()
    {
        Assert.True(PlaceGazetteer.Default.TryFind("Geneva", out var place));
        Assert.Equal("Switzerland", place.Country);
    }

    [Fact]
    public void An_unknown_word_is_not_a_place()
    {
        Assert.Null(PlaceGazetteer.Default.Canonical("Kuleba"));
    }
}
