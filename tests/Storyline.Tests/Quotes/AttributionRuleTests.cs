namespace Storyline.Tests.Quotes;

public class AttributionRuleTests
{
    [Fact]
    public void A_full_stop_inside_the_closing_mark_keeps_the_next_sentence_from_claiming_the_quote()
    {
        var quotes = QuoteAnalysis.Marked("Japan branded the regime an “outlaw nation.” Dmitry Peskov insisted that the talks “must go on.”");

        Assert.Equal(["Japan", "Dmitry Peskov"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void The_subject_of_the_clause_says_a_partial_quote_rather_than_an_earlier_name()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("At a dinner with Barbra Streisand, Hillary Clinton called them “deplorables.”"));

        Assert.Equal("Hillary Clinton", quote.Speaker);
    }

    [Fact]
    public void A_quote_sentence_after_a_sentence_with_a_cue_is_by_that_speaker()
    {
        var quotes = QuoteAnalysis.Marked("The army may wait until spring, Adam Schiff said. “The other factor is the weather.”");

        Assert.Equal("Adam Schiff", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_quote_sentence_after_a_sentence_about_a_person_is_by_that_person()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("On Sunday, Bernie Sanders (Vt.) praised young voters. “They are sick of racism.”"));

        Assert.Equal("Bernie Sanders", quote.Speaker);
    }

    [Fact]
    public void A_colon_hands_the_quote_to_the_subject_of_its_sentence()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Worried about turnout, President Barack Obama is rolling out a new message: “It is about me.”"));

        Assert.Equal("Barack Obama", quote.Speaker);
    }

    [Fact]
    public void A_paragraph_ending_with_a_colon_hands_the_next_quote_to_its_subject_without_a_cue()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("On July 6, Bernie Sanders made the following comment:\n\n“The unemployment rate is 33 percent.”"));

        Assert.Equal("Bernie Sanders", quote.Speaker);
    }

    [Fact]
    public void A_name_set_off_by_commas_before_the_cue_is_the_speaker()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("His partner at the firm, Lawrence Cummings, called him “a master at deals.”"));

        Assert.Equal("Lawrence Cummings", quote.Speaker);
    }

    [Fact]
    public void A_transcript_turn_is_by_the_person_named_in_capitals()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Mike Pence spoke to Fox.\n\n“PENCE: Well, look, this is a serious business.”"));

        Assert.Equal("Mike Pence", quote.Speaker);
    }

    [Fact]
    public void A_transcript_turn_left_open_does_not_run_into_the_next_speakers_turn()
    {
        var quotes = QuoteAnalysis.Marked(
            "Laura Brandt interviewed Mike Pence.\n\n\"BRANDT: Will you take part in the debate?\n\n\"PENCE: Of course, this is a serious business.");

        Assert.Equal(["Laura Brandt", "Mike Pence"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_name_after_a_verb_is_its_object_and_does_not_take_a_partial_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Last week, the senator dismissed NATO member Latvia as a “distant suburb of Moscow.”"));

        Assert.NotEqual("NATO", quote.Speaker);
    }

    [Fact]
    public void A_name_in_apposition_after_a_common_noun_is_not_the_subject_that_takes_a_partial_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Paul Dorrance spent the morning on television, where rival Helen Ashby was “a disaster for farmers.”"));

        Assert.Equal("Paul Dorrance", quote.Speaker);
    }

    [Fact]
    public void A_time_phrase_between_the_subject_and_the_cue_is_passed_over()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez this week announced that the ferry fares will rise in the spring."));

        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void Even_between_the_subject_and_the_cue_is_passed_over()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez even suggested that the ferry had been damaged by rivals."));

        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void A_verb_and_its_object_pronoun_are_never_a_speaker()
    {
        var quotes = QuoteAnalysis.Quotes("The deals did not bind the witnesses, people who reviewed them said.");

        Assert.All(quotes, q => Assert.NotEqual("reviewed them", q.Speaker));
    }

    [Fact]
    public void A_participle_after_a_name_introduces_their_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("The ad shows Hillary Clinton asking, “Why aren’t I 50 points ahead?”"));

        Assert.Equal("Hillary Clinton", quote.Speaker);
    }

    [Fact]
    public void A_negated_auxiliary_between_the_pronoun_and_the_cue_is_passed_over()
    {
        var quotes = QuoteAnalysis.Marked("“We have had problems,” Barack Obama said. He didn’t suggest retaliation. “Our goal is norms.”");

        Assert.Equal(["Barack Obama", "Barack Obama"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_nested_in_a_that_clause_is_attributed_to_the_reporting_speaker()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Donald Trump said on Friday that Hillary Clinton once described the deal as “the gold standard” of trade."));

        Assert.Equal("Donald Trump", quote.Speaker);
    }

    [Fact]
    public void A_second_quote_in_a_sentence_keeps_the_speaker_of_the_first()
    {
        var quotes = QuoteAnalysis.Marked("Donald Trump wrote that Alicia Machado was “disgusting” and “a con.”");

        Assert.Equal(["Donald Trump", "Donald Trump"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void She_skips_a_last_speaker_who_is_a_man_for_the_last_woman_named()
    {
        var quotes = QuoteAnalysis.Marked("“It is nonsense,” David Gorski said.\n\nSenator Claire McCaskill scolded him: “You are wrong,” she said.");

        Assert.Equal(["David Gorski", "Claire McCaskill"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void An_honorific_gives_the_gender_a_pronoun_must_fit()
    {
        var quotes = QuoteAnalysis.Marked("“It is nonsense,” Mr. Gorski said.\n\nMs. Tanner met him later. “You are wrong,” she said.");

        Assert.Equal("Tanner", quotes[1].Speaker);
    }

    [Fact]
    public void A_quoted_title_in_the_sentence_before_does_not_stop_its_subject_taking_the_quote()
    {
        var quote = QuoteAnalysis.Marked("On “Face the Nation,” Bernie Sanders, who lost the Democratic primaries, praised young voters. “They are sick of racism.”")[^1];

        Assert.Equal("Bernie Sanders", quote.Speaker);
    }

    [Fact]
    public void The_one_a_who_clause_describes_reports_the_clause_after_the_cue()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("A surveyor who mapped the levee last spring said on Monday that the bank was already sinking."));

        Assert.Equal("A surveyor", quote.Speaker);
    }

    [Fact]
    public void A_modal_before_the_cue_is_not_its_speaker()
    {
        var quotes = QuoteAnalysis.Quotes("The review board, chaired by Elsa Brandt, must report that the levee failed within a month.");

        Assert.DoesNotContain(quotes, q => q.Speaker == "must");
    }

    [Fact]
    public void People_at_a_place_speak_rather_than_the_place()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("The ferry company counted 300 passengers, although volunteers at the harbour said the true number was higher."));

        Assert.Equal("volunteers at the harbour", quote.Speaker);
    }

    [Fact]
    public void An_as_aside_after_a_quote_names_whose_words_they_are()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("The main test for the visa is a “lawful source of income,” as a Treasury memo put it."));

        Assert.Equal("a Treasury memo", quote.Speaker);
    }

    [Fact]
    public void A_quoted_phrase_inside_a_sentence_without_a_cue_is_by_the_person_the_sentence_names()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("The crisis has led the economist Lena Korvik to fear a “Lost Decade.”"));

        Assert.Equal("Lena Korvik", quote.Speaker);
    }

    [Fact]
    public void Boasted_is_a_reporting_verb()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“That makes me smart,” Tom Brandt boasted."));

        Assert.Equal("Tom Brandt", quote.Speaker);
    }

    [Fact]
    public void A_that_clause_inside_an_opening_when_clause_does_not_report_the_main_clause()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("When Maria Lopez noted that he paid no tax, Tom Brandt said, “That makes me smart.”"));

        Assert.Equal("Tom Brandt", quote.Speaker);
    }

    [Fact]
    public void It_is_the_body_that_opens_its_sentence()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("The Harbour Authority on Friday condemned the strike and vowed to act on what it called “a clear threat to trade.”"));

        Assert.Equal("Harbour Authority", quote.Speaker);
    }

    [Fact]
    public void A_that_clause_inside_an_opening_when_clause_ends_at_a_dash_too()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("When Maria Lopez noted that he paid no tax ― as was true for years ― Tom Brandt said, “That makes me smart.”"));

        Assert.Equal("Tom Brandt", quote.Speaker);
    }

    [Fact]
    public void A_cue_noun_after_a_name_with_an_indefinite_article_is_not_a_cue()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Hillary Clinton is describing as “unhinged” a Tom Brandt tweet about her."));

        Assert.Equal("Hillary Clinton", quote.Speaker);
    }

    [Fact]
    public void The_auxiliary_of_a_progressive_cue_stands_between_it_and_its_subject()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez is telling voters that the dam is safe."));

        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void Who_issued_a_statement_says_what_the_statement_says()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("The Harbour Authority issued a statement calling the strike “a clear threat to trade.”"));

        Assert.Equal("Harbour Authority", quote.Speaker);
    }

    [Fact]
    public void The_body_naming_a_report_wrote_it()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“The outlook is unclear,” a Kremlin statement said."));

        Assert.Equal("Kremlin", quote.Speaker);
    }

    [Fact]
    public void A_persons_doctor_is_not_a_role_held_by_someone_else_in_the_article()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Maria Lopez won the vote. Candidate Tom Brandt’s doctor is calling the candidate “extremely physically fit.”"));

        Assert.Equal("Candidate Tom Brandt’s doctor", quote.Speaker);
    }

    [Fact]
    public void A_person_of_a_body_speaks_rather_than_the_body()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“It is bad,” Mr. Morgan of the Sierra Club said."));

        Assert.Equal("Morgan", quote.Speaker);
    }

    [Fact]
    public void A_that_after_the_reported_clause_has_begun_is_a_relative_not_the_complement()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez says there needs to be a law that limits ferry fares."));

        Assert.Equal("there needs to be a law that limits ferry fares", quote.Text);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_reports_a_clause_of_its_own()
    {
        var quotes = QuoteAnalysis.Quotes("Tom Brandt said he did not expect the dam to fail, arguing that the engineers had checked it.");

        Assert.Equal(["he did not expect the dam to fail", "the engineers had checked it"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void What_is_called_for_is_reported_without_for()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez called for an independent inquiry into the dam failure."));

        Assert.Equal("an independent inquiry into the dam failure", quote.Text);
    }

    [Fact]
    public void What_a_speaker_vows_to_do_is_reported()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez vowed to rebuild the dam before the spring floods."));

        Assert.Equal("to rebuild the dam before the spring floods", quote.Text);
    }

    [Fact]
    public void What_a_speaker_tells_an_addressee_to_do_is_reported_with_the_addressee()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez told the engineers to inspect the dam again."));

        Assert.Equal("the engineers to inspect the dam again", quote.Text);
    }
}
