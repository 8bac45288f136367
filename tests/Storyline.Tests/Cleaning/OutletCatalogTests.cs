using Storyline.Cleaning;

namespace Storyline.Tests.Cleaning;

public class OutletCatalogTests
{
    [Theory]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("the associated press", "AP")]
    [InlineData("Reuters", "Reuters")]
    public void Spellings_give_the_canonical_outlet(string spelling, string canonical)
    {
        Assert.Equal(canonical, OutletCatalog.Default.Canonical(spelling));
    }

    [Fact]
    public void Unknown_name_is_not_an_outlet()
    {
        Assert.Null(OutletCatalog.Default.Canonical("Kuleba"));
    }
}
