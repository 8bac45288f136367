namespace Storyline.Tests.Quotes;

public class SpeakerResolverTests
{
    [Theory]
    [InlineData("“We will not accept it,” Dmytro Kuleba said.")]
    [InlineData("“We will not accept it,” said Dmytro Kuleba.")]
    [InlineData("Dmytro Kuleba said: “We will not accept it.”")]
    [InlineData("Dmytro Kuleba: “We will not accept it.”")]
    public void A_name_beside_the_cue_is_the_speaker(string text)
    {
        Assert.Equal("Dmytro Kuleba", Assert.Single(QuoteAnalysis.Marked(text)).Speaker);
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name_given_earlier()
    {
        var quotes = QuoteAnalysis.Marked("Foreign Minister Dmytro Kuleba spoke on Tuesday.\n\n“We will not accept it,” Kuleba said.");

        Assert.Equal("Dmytro Kuleba", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void He_added_continues_the_last_speaker()
    {
        var quotes = QuoteAnalysis.Marked("“We will not accept it,” Kuleba said.\n\n“We have paid a lot,” he added.");

        Assert.Equal(["Kuleba", "Kuleba"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_paragraph_without_attribution_continues_the_previous_speaker()
    {
        var quotes = QuoteAnalysis.Marked("“We will not accept it,” Kuleba said.\n\n“We have paid a lot.”");

        Assert.Equal("Kuleba", quotes[1].Speaker);
    }

    [Fact]
    public void The_addressee_of_told_is_not_the_speaker()
    {
        var quotes = QuoteAnalysis.Marked("“He has already shot himself in the foot,” Kuleba told CNN’s Clarissa Ward.");

        Assert.Equal("Kuleba", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void An_anonymous_source_is_kept_as_written()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("A White House official said the talks “will likely start on Sunday”."));

        Assert.Equal("A White House official", quote.Speaker);
    }

    [Fact]
    public void An_organisation_can_be_the_speaker()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“Russia has no plans to attack,” the Kremlin said."));

        Assert.Equal("Kremlin", quote.Speaker);
    }

    [Fact]
    public void A_role_noun_resolves_to_the_person_holding_the_role()
    {
        var quotes = QuoteAnalysis.Marked(
            "Russia's Foreign Minister Sergei Lavrov warned NATO on Friday.\n\nThe top Russian diplomat said the West was “playing with fire”.");

        Assert.Equal("Sergei Lavrov", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void An_apposition_between_the_quote_and_the_cue_does_not_hide_the_speaker()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked(
            "“This is absolutely unlikely,” Deputy Foreign Minister Sergei Ryabkov, who is due to take part in the talks, told news agencies."));

        Assert.Equal("Sergei Ryabkov", quote.Speaker);
    }

    [Fact]
    public void A_quote_beside_an_attributed_quote_shares_its_speaker()
    {
        var quotes = QuoteAnalysis.Marked("“It lays out a serious course.” “We will see how they respond,” Blinken said.");

        Assert.Equal(["Blinken", "Blinken"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_paragraph_ending_with_a_colon_introduces_the_quote_paragraph_after_it()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Pat Caddell continued:\n\n“The health issue is a partisan issue.”"));

        Assert.Equal("Pat Caddell", quote.Speaker);
    }

    [Fact]
    public void A_name_after_a_dash_signs_the_quote_before_it()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“Mr. Trump is clueless about our struggles.” ― Stephanie Egan"));

        Assert.Equal("Stephanie Egan", quote.Speaker);
    }

    [Fact]
    public void A_name_the_entity_stage_does_not_know_signs_a_quote_when_it_ends_the_line_after_a_dash()
    {
        var quotes = QuoteAnalysis.Marked("“The buses never come on time.” ― Quilla Rasmundo Vey\n“Rents went up again.” ― Bo Tiernach");

        Assert.Equal(["Quilla Rasmundo Vey", "Bo Tiernach"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Words_after_a_dash_that_go_on_in_lower_case_do_not_sign_the_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“The buses never come on time” ― Quilla Rasmundo went on, and nobody answered."));

        Assert.NotEqual("Quilla Rasmundo went", quote.Speaker);
    }

    [Fact]
    public void A_role_noun_goes_to_the_person_titled_with_it_before_an_untitled_last_speaker()
    {
        var quotes = QuoteAnalysis.Marked(
            "Governor Ellen Marsh toured the flooded valley.\n\n“We lost everything,” Tom Okafor said.\n\nThe governor said the state would pay for “every single road.”");

        Assert.Equal(["Tom Okafor", "Ellen Marsh"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_after_the_person_who_opens_its_sentence_is_that_person()
    {
        var quotes = QuoteAnalysis.Marked("“We are ready,” Peter Valdane said.\n\nDaniel Menke condemned what he called a “reckless gamble.”");

        Assert.Equal(["Peter Valdane", "Daniel Menke"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_parenthesis_between_the_name_and_the_cue_is_passed_over()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said."));

        Assert.Equal("Jason Chaffetz", quote.Speaker);
    }

    [Fact]
    public void A_quote_repeated_in_a_heading_takes_the_speaker_the_body_gives_it()
    {
        var quotes = QuoteAnalysis.Marked("Putin “has shot himself in the foot”\n\n“Putin has shot himself in the foot,” Kuleba said.");

        Assert.Equal(["Kuleba", "Kuleba"], quotes.Select(q => q.Speaker));
    }
}
