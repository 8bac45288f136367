using Storyline.Entities;
using Storyline.Export;
using static Storyline.Tests.Entities.EntityText;

namespace Storyline.Tests.Entities;

/// <summary>Runs the entity stages on a test text laid out by the real builder.</summary>
internal static class EntityText
{
    public static IReadOnlyList<EntityMention> Recognize(string text) => new EntityRecognizer().Recognize(text, TestLayouts.Of(text));

    public static EntityAnalysis Resolve(string text) => EntityResolver.Resolve(Recognize(text));
}

public class NameBoundaryTests
{
    private static string Written(string text, EntityMention mention) => mention.Span.Of(text);

    [Fact]
    public void A_nationality_opening_the_name_of_a_body_is_part_of_it()
    {
        const string text = "The Norwegian Fisheries Ministry issued a notice.";

        var body = Assert.Single(Recognize(text));

        Assert.Equal(("Norwegian Fisheries Ministry", EntityType.Organization), (Written(text, body), body.Type));
    }

    [Fact]
    public void A_building_word_ending_a_name_makes_it_a_place()
    {
        var arena = Assert.Single(Recognize("Fans gathered at the Kellan Arena on Sunday."));

        Assert.Equal(("Kellan Arena", EntityType.Location), (arena.Name, arena.Type));
    }

    [Fact]
    public void A_name_opened_by_a_head_word_reads_on_through_of()
    {
        var university = Assert.Single(Recognize("She studied at the University of Marwick before the war."));

        Assert.Equal(("University of Marwick", EntityType.Organization), (university.Name, university.Type));
    }

    [Fact]
    public void A_person_of_a_party_is_not_part_of_the_party_name()
    {
        var names = Recognize("Maria Frost of the Green Harbour Party voted against the plan.");

        Assert.Equal(
            [("Maria Frost", EntityType.Person), ("Green Harbour Party", EntityType.Organization)],
            names.Select(m => (m.Name, m.Type)));
    }

    [Fact]
    public void Two_bodies_joined_by_and_the_stay_two()
    {
        var names = Recognize("Talks between the Harbour Party and the Valley Party broke down.");

        Assert.Equal(["Harbour Party", "Valley Party"], names.Select(m => m.Name));
    }

    [Fact]
    public void A_head_word_alone_is_not_a_name()
    {
        Assert.Empty(Recognize("Officials at the University declined to comment."));
    }

    [Fact]
    public void A_head_word_alone_names_the_body_named_in_full_before()
    {
        var names = Recognize("The Supreme Court of Delmar ruled on Monday. Lawyers said the Court acted fast.");

        Assert.Equal(EntityType.Organization, names.Single(m => m.Name == "Court").Type);
    }

    [Fact]
    public void A_place_inside_a_longer_name_is_reported_as_a_place_too()
    {
        const string text = "The final was played at the Volgograd Arena on Monday.";

        var records = EntityRecords.From(text, Resolve(text));

        Assert.Equal([("Volgograd Arena", "LOC"), ("Volgograd", "GPE")], records.Select(r => (r.Mentions.Single(), r.Type)));
    }

    [Fact]
    public void A_centre_for_something_is_a_body()
    {
        var centre = Assert.Single(Recognize("She chairs the Marlow Centre for Coastal Studies."));

        Assert.Equal(("Marlow Centre for Coastal Studies", EntityType.Organization), (centre.Name, centre.Type));
    }

    [Fact]
    public void A_name_opened_by_a_head_word_takes_no_place_after_in()
    {
        var names = Recognize("Visitors crowded the Museum of Flight in Dorrow last year.");

        Assert.Equal("Museum of Flight", names[0].Name);
    }

    [Fact]
    public void An_ampersand_joins_the_parts_of_one_name()
    {
        var museum = Recognize("The Teller & Rowe Aviation Museum opened a hangar.")[0];

        Assert.Equal(("Teller & Rowe Aviation Museum", EntityType.Location), (museum.Name, museum.Type));
    }

    [Fact]
    public void A_body_named_before_a_person_ends_at_its_head_word()
    {
        var names = Recognize("The head of the Harbour Council Rana Adeyemi disagreed.");

        Assert.Equal(
            [("Harbour Council", EntityType.Organization), ("Rana Adeyemi", EntityType.Person)],
            names.Select(m => (m.Name, m.Type)));
    }

    [Fact]
    public void A_long_name_ending_in_a_head_word_is_read_whole()
    {
        var centre = Assert.Single(Recognize("Crowds filled the Arlow River Trade Fair Exhibition Centre that week."));

        Assert.Equal("Arlow River Trade Fair Exhibition Centre", centre.Name);
    }
}

public class NameStartTests
{
    [Fact]
    public void A_word_opening_a_quotation_is_not_a_name()
    {
        Assert.Empty(Recognize("The pilot said: \"Usually the ferries run on time.\""));
    }

    [Fact]
    public void Two_capitalised_words_opening_a_sentence_before_a_comma_are_a_name()
    {
        var person = Assert.Single(Recognize("Orla Mbeki, a ferry pilot, said the river rose."));

        Assert.Equal(("Orla Mbeki", EntityType.Person), (person.Name, person.Type));
    }

    [Fact]
    public void A_possessive_does_not_open_a_name()
    {
        var names = Recognize("The winners were the party's Kwan Lo-ming and two others.");

        Assert.Equal(("Kwan Lo-ming", EntityType.Person), (names.Single().Name, names.Single().Type));
    }

    [Fact]
    public void A_first_person_contraction_is_not_a_name()
    {
        Assert.Empty(Recognize("He said that later I'll have one vote like everyone."));
    }
}

public class NameTypeTests
{
    [Fact]
    public void A_common_noun_keeps_a_name_from_being_a_person()
    {
        var craft = Assert.Single(Recognize("The crew boarded Space Shuttle Vantor in May."));

        Assert.Equal(EntityType.Other, craft.Type);
    }

    [Fact]
    public void An_acronym_keeps_a_name_from_being_a_person()
    {
        var product = Assert.Single(Recognize("Players tried Morrow VR at the stand."));

        Assert.Equal(EntityType.Other, product.Type);
    }

    [Fact]
    public void A_nationality_before_a_title_is_written_with_the_title()
    {
        const string text = "Then Estonian Ambassador Rein Kask arrived.";

        var person = Recognize(text).Single(m => m.Type == EntityType.Person);

        Assert.Equal(("Estonian Ambassador Rein Kask", "Rein Kask", "Estonia"), (person.Span.Of(text), person.Name, person.Affiliation));
    }

    [Fact]
    public void A_name_after_a_reporting_verb_closing_the_clause_is_a_person()
    {
        var person = Assert.Single(Recognize("The ferries will run again, said Okonkwo."));

        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_name_joined_to_a_lowercase_word_is_an_adjective()
    {
        Assert.Empty(Recognize("He left his Dorvan-related job last spring."));
    }

    [Fact]
    public void A_state_is_a_political_place()
    {
        var state = Assert.Single(Recognize("The storm reached Nebraska overnight."));

        Assert.Equal(EntityType.GeoPolitical, state.Type);
    }

    [Fact]
    public void A_nationality_in_the_plural_is_reported_as_people()
    {
        const string text = "Thousands of Estonians marched through the old town.";
        var analysis = Resolve(text);

        var record = Assert.Single(EntityRecords.From(text, analysis));

        Assert.Equal(("PERSON", "Estonians"), (record.Type, record.Mentions.Single()));
    }

    [Fact]
    public void A_faith_names_no_country()
    {
        var person = Recognize("The Muslim Chaplain Idris Okoye spoke first.").Single(m => m.Type == EntityType.Person);

        Assert.Null(person.Affiliation);
    }
}

public class TitleAloneTests
{
    [Fact]
    public void A_title_written_alone_joins_the_person_who_holds_it()
    {
        var analysis = Resolve("Prime Minister Ana Keller opened the bridge. Hours later the Prime Minister left.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(("Ana Keller", 2), (person.Name, person.Mentions.Count));
    }

    [Fact]
    public void A_title_written_alone_joins_a_name_set_beside_it()
    {
        var analysis = Resolve("In a statement, the Governor, Piet Arendse said the roads would reopen.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(("Piet Arendse", 2), (person.Name, person.Mentions.Count));
    }

    [Fact]
    public void A_title_written_alone_right_after_a_name_is_that_persons()
    {
        var analysis = Resolve("The study was led by Ana Keller, Director of the Harbour Survey, last year.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(("Ana Keller", 2), (person.Name, person.Mentions.Count));
    }

    [Fact]
    public void A_title_written_alone_that_no_one_holds_is_left_out()
    {
        Assert.Empty(Resolve("Reporters waited while the Governor spoke on Tuesday.").Entities);
    }
}

public class SharedSurnameTests
{
    [Fact]
    public void A_surname_shared_by_two_people_of_an_article_joins_neither()
    {
        var analysis = Resolve("Maria Vell greeted Thomas Vell warmly in Oslo. Later Vell said the talks had failed.");

        var people = analysis.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal([("Maria Vell", 1), ("Thomas Vell", 1), ("Vell", 1)], people.Select(p => (p.Name, p.Mentions.Count)));
    }

    [Fact]
    public void A_surname_alone_joins_no_catalog_entry_when_two_people_bear_it()
    {
        var catalog = new EntityCatalog();
        catalog.Add("Marta Vell", EntityType.Person, []);
        catalog.Add("Tomas Vell", EntityType.Person, []);

        Assert.Null(catalog.Find("Vell", EntityType.Person));
    }

    [Fact]
    public void Two_full_names_with_different_given_names_never_merge()
    {
        var catalog = new EntityCatalog();
        var first = catalog.Add("Chet Morrow", EntityType.Person, ["Morrow"]);
        var second = catalog.Add("Jem Morrow", EntityType.Person, ["Morrow"]);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_speaker_named_by_surname_is_the_person_of_that_article_who_bears_it()
    {
        var catalog = new EntityCatalog();
        catalog.Add("Marta Vell", EntityType.Person, []);
        catalog.Add("Tomas Vell", EntityType.Person, []);
        var record = new ArticleRecord(
            "a", null, null, [], null, "Tomas Vell spoke.", [new EntityRecord("Tomas Vell", "PERSON", ["Tomas Vell"])],
            [new QuoteRecord("We stay.", "Vell", "direct")], [], [], "evt-1", "sty-1", null, null, null);

        var named = CatalogNaming.Apply(record, catalog);

        Assert.Equal("Tomas Vell", named.Quotes.Single().Speaker);
    }
}

public class NonNameTests
{
    [Fact]
    public void A_common_word_written_in_capitals_is_not_a_name()
    {
        Assert.Empty(Recognize("The deal will hold, UNLESS the board objects."));
    }

    [Fact]
    public void A_time_zone_after_a_time_is_not_a_name()
    {
        Assert.Empty(Recognize("The site was back at 15:11 GMT on the same day."));
    }

    [Fact]
    public void A_roman_numeral_is_not_an_acronym()
    {
        Assert.Empty(Recognize("The blog called it the conflict, part XVII of the saga."));
    }
}

public class NumberedNameTests
{
    [Fact]
    public void A_number_after_the_name_of_a_thing_is_part_of_it()
    {
        var craft = Assert.Single(Recognize("The crew flew aboard Vostrel 1 into orbit."));

        Assert.Equal("Vostrel 1", craft.Name);
    }

    [Fact]
    public void A_number_before_a_dash_is_a_score_not_part_of_the_name()
    {
        var arena = Assert.Single(Recognize("The score at the Kellan Arena 3 – 0 held until the end."));

        Assert.Equal("Kellan Arena", arena.Name);
    }
}

public class ReferenceListTests
{
    [Fact]
    public void A_given_name_common_in_sport_makes_a_person_after_from()
    {
        var player = Assert.Single(Recognize("The goal came from Eden Marsh in the second half."));

        Assert.Equal(("Eden Marsh", EntityType.Person), (player.Name, player.Type));
    }

    [Fact]
    public void Korea_written_alone_is_a_place()
    {
        var korea = Assert.Single(Recognize("The players of Korea won the match."));

        Assert.Equal(EntityType.Location, korea.Type);
    }
}

public class SportTests
{
    [Fact]
    public void A_country_beside_a_match_score_is_a_team()
    {
        var names = Recognize("Marovia beat Estonia 2 – 1 on Sunday. Fans in Estonia were quiet.");

        Assert.All(names.Where(m => m.Name == "Estonia"), m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_country_far_from_a_score_stays_a_place()
    {
        var estonia = Assert.Single(Recognize("Prices in Estonia rose, and the index fell 2 – 1 in the vote."));

        Assert.Equal(EntityType.GeoPolitical, estonia.Type);
    }
}

public class ShortWordTests
{
    [Fact]
    public void A_direction_alone_is_not_a_name()
    {
        var names = Recognize("Shells fell after North and South Korea exchanged fire.");

        Assert.DoesNotContain(names, m => m.Name == "North");
    }

    [Fact]
    public void A_letter_alone_is_not_a_name()
    {
        Assert.Empty(Recognize("The report was stamped with a large B on every page."));
    }

    [Fact]
    public void A_country_before_a_dollar_sign_names_the_currency()
    {
        Assert.Empty(Recognize("He was released on US$ 20,000 bail on Thursday."));
    }
}

public class BoundNameTests
{
    [Fact]
    public void A_hyphenated_given_name_keeps_the_family_name_opening_the_sentence()
    {
        var person = Assert.Single(Recognize("Tsang Wai-ming of the Harbour Party won the seat."), m => m.Type == EntityType.Person);

        Assert.Equal("Tsang Wai-ming", person.Name);
    }

    [Fact]
    public void A_family_name_bound_to_al_keeps_the_given_name_opening_a_quotation()
    {
        var person = Assert.Single(Recognize("\"It was late,\" said the driver. \"Rami Al-Qudsi says so.\""), m => m.Type == EntityType.Person);

        Assert.Equal("Rami Al-Qudsi", person.Name);
    }

    [Fact]
    public void Capitalised_words_after_a_number_in_a_name_go_on_with_it()
    {
        var party = Assert.Single(Recognize("Deputies of Movimento 5 Stelle asked for a vote."));

        Assert.Equal("Movimento 5 Stelle", party.Name);
    }
}

public class LongNameTests
{
    [Fact]
    public void A_name_read_through_of_ends_at_its_head_word_before_in()
    {
        var names = Recognize("The match was held in the Friends of the Old Mill Concert Hall in Marwick.");

        Assert.Contains(names, m => (m.Name, m.Type) == ("Friends of the Old Mill Concert Hall", EntityType.Location));
    }

    [Fact]
    public void A_place_inside_a_run_that_ends_in_a_head_word_is_part_of_the_name()
    {
        var names = Recognize("The fair took place at the Metro Toronto Convention Centre this weekend.");

        Assert.Contains(names, m => (m.Name, m.Type) == ("Metro Toronto Convention Centre", EntityType.Location));
    }

    [Fact]
    public void District_ends_the_name_of_a_body()
    {
        var names = Recognize("Staff at the Marwick Independent School District said no.");

        Assert.Contains(names, m => (m.Name, m.Type) == ("Marwick Independent School District", EntityType.Organization));
    }
}

public class AcronymTests
{
    [Fact]
    public void An_acronym_in_brackets_after_a_name_names_the_same_kind_of_thing()
    {
        var names = Recognize("Crews met at the Marwick Space Center (MSC) in the morning.");

        Assert.Equal(EntityType.Location, names.Single(m => m.Name == "MSC").Type);
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_place_inside_a_name_takes_the_whole_name()
    {
        var names = Recognize("She studied at the University of Texas Arlington (UTA) for a year.");

        Assert.Equal(EntityType.Organization, names.Single(m => m.Name == "UTA").Type);
    }
}
