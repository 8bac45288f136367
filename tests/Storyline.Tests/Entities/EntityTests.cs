using Storyline.Entities;
using Storyline.Tests.Quotes;

namespace Storyline.Tests.Entities;

public class EntityRecognizerTests
{
    private static IReadOnlyList<EntityMention> Recognize(string text) => new EntityRecognizer().Recognize(text, TestLayouts.Of(text));

    [Fact]
    public void A_titled_name_is_a_person_with_its_title_and_country()
    {
        var person = Recognize("Ukrainian Foreign Minister Dmytro Kuleba spoke.").Single(m => m.Type == EntityType.Person);

        Assert.Equal(("Dmytro Kuleba", "Foreign Minister", "Ukraine"), (person.Name, person.Title?.Title, person.Affiliation));
    }

    [Fact]
    public void A_party_word_before_a_full_name_is_not_part_of_the_name()
    {
        var person = Recognize("The attack came from Republican Donald Trump on Friday.").Single(m => m.Type == EntityType.Person);

        Assert.Equal("Donald Trump", person.Name);
    }

    [Fact]
    public void An_organisation_before_a_title_is_the_holders_affiliation()
    {
        var person = Recognize("NATO Secretary-General Jens Stoltenberg spoke.").Single(m => m.Type == EntityType.Person);

        Assert.Equal(("Jens Stoltenberg", "NATO"), (person.Name, person.Affiliation));
    }

    [Fact]
    public void Place_spellings_are_reported_under_their_canonical_name()
    {
        var place = Assert.Single(Recognize("Troops massed near Kiev on Tuesday."));

        Assert.Equal(("Kyiv", EntityType.GeoPolitical), (place.Name, place.Type));
    }

    [Fact]
    public void An_acronym_names_its_organisation()
    {
        var organisation = Assert.Single(Recognize("He spoke at the summit of the OSCE in Stockholm."), m => m.Type == EntityType.Organization);

        Assert.Equal("OSCE", organisation.Name);
    }

    [Fact]
    public void A_capitalised_common_word_opening_a_sentence_is_not_a_name()
    {
        Assert.Empty(Recognize("However, the talks went on."));
    }
}

public class EntityResolverTests
{
    private static EntityAnalysis Resolve(string text) =>
        EntityResolver.Resolve(new EntityRecognizer().Recognize(text, TestLayouts.Of(text)));

    [Fact]
    public void A_title_and_surname_join_the_person_named_in_full()
    {
        var analysis = Resolve("Russian President Vladimir Putin met envoys. Later, President Putin left.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(("Vladimir Putin", 2), (person.Name, person.Mentions.Count));
    }

    [Fact]
    public void Spellings_of_one_given_name_join_one_person()
    {
        var analysis = Resolve("Sergei Lavrov met envoys. Sergey Lavrov left.");

        Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
    }
}

public class EntityCatalogTests
{
    [Theory]
    [InlineData("Antony Blinken", "Anthony Blinken")]
    [InlineData("Sergei Lavrov", "Sergey Lavrov")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelenskiy", "Volodymyr Zelenskyy")]
    public void Transliterations_of_a_name_merge_across_articles(string first, string second)
    {
        var catalog = new EntityCatalog();
        var a = catalog.Add(first, EntityType.Person, []);
        var b = catalog.Add(second, EntityType.Person, []);

        Assert.Equal((a.Id, first), (b.Id, b.CanonicalName));
    }

    [Fact]
    public void Different_surnames_never_merge_however_similar_the_given_names()
    {
        var catalog = new EntityCatalog();
        var kuleba = catalog.Add("Dmytro Kuleba", EntityType.Person, []);
        var kozak = catalog.Add("Dmitry Kozak", EntityType.Person, []);

        Assert.NotEqual(kuleba.Id, kozak.Id);
    }

    [Fact]
    public void Different_given_names_with_one_surname_stay_apart()
    {
        var catalog = new EntityCatalog();
        var hillary = catalog.Add("Hillary Clinton", EntityType.Person, ["Clinton"]);
        var chelsea = catalog.Add("Chelsea Clinton", EntityType.Person, []);

        Assert.NotEqual(hillary.Id, chelsea.Id);
    }

    [Fact]
    public void An_organisation_joins_by_alias()
    {
        var catalog = new EntityCatalog();
        var eu = catalog.Add("European Union", EntityType.Organization, ["EU"]);

        Assert.Equal(eu.Id, catalog.Find("EU", EntityType.Organization)?.Id);
    }

    [Fact]
    public void The_catalog_is_rebuilt_from_its_saved_entries()
    {
        var catalog = new EntityCatalog();
        catalog.Add("Antony Blinken", EntityType.Person, ["Blinken"]);

        var rebuilt = EntityCatalog.FromEntries(catalog.ToEntries());

        Assert.Equal("antony-blinken", rebuilt.Find("Anthony Blinken", EntityType.Person)?.Id);
    }
}
