namespace Storyline.Tests.Quotes;

public class QuoteExtractorTests
{
    [Theory]
    [InlineData("“We will not accept it,” Kuleba said.")]
    [InlineData("\"We will not accept it,\" Kuleba said.")]
    [InlineData("«We will not accept it,» Kuleba said.")]
    [InlineData("„We will not accept it,“ Kuleba said.")]
    [InlineData("‘We will not accept it,’ Kuleba said.")]
    public void Every_quotation_mark_style_delimits_a_quote(string text)
    {
        Assert.Equal(["We will not accept it,"], QuoteAnalysis.MarkedWords(text));
    }

    [Fact]
    public void Apostrophes_inside_words_are_not_quotation_marks()
    {
        var words = QuoteAnalysis.MarkedWords("Ukraine’s minister said the country’s army didn’t move.");

        Assert.Empty(words);
    }

    [Fact]
    public void An_opening_mark_inside_an_open_quote_starts_a_new_quote()
    {
        var words = QuoteAnalysis.MarkedWords("“It is a likely scenario […] “If we go around in circles, the dialogue will be useless,” he said.");

        Assert.Equal(["It is a likely scenario […]", "If we go around in circles, the dialogue will be useless,"], words);
    }

    [Fact]
    public void A_closing_mark_that_opens_a_paragraph_opens_its_quote()
    {
        var words = QuoteAnalysis.MarkedWords("The mayor spoke last.\n\n” … nobody in this town will be left behind,” she said.");

        Assert.Equal(["… nobody in this town will be left behind,"], words);
    }

    [Fact]
    public void A_closing_mark_after_a_space_and_before_a_word_opens_a_quote_when_none_is_open()
    {
        var words = QuoteAnalysis.MarkedWords("She replied ”we will rebuild it” and left.");

        Assert.Equal(["we will rebuild it"], words);
    }

    [Fact]
    public void A_quote_never_closed_runs_to_the_end_of_its_paragraph()
    {
        var words = QuoteAnalysis.MarkedWords("Blinken said: “There would be nothing of Europe without Europe.\n\nThe talks went on.");

        Assert.Equal(["There would be nothing of Europe without Europe."], words);
    }

    [Fact]
    public void A_stray_closing_mark_is_passed_over()
    {
        var words = QuoteAnalysis.MarkedWords("It is completely improbable. ” Then “We were disappointed,” he said.");

        Assert.Equal(["We were disappointed,"], words);
    }

    [Fact]
    public void A_quote_left_open_continues_in_the_next_paragraph_that_opens_with_a_mark()
    {
        var quotes = QuoteAnalysis.Marked("“We have paid a lot.\n\n“We will not give up,” Kuleba said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("We have paid a lot. We will not give up,", quote.Text);
    }

    [Fact]
    public void Several_quoted_pieces_in_one_sentence_are_separate_quotes()
    {
        var words = QuoteAnalysis.MarkedWords("Lavrov said the West was “playing with fire” by turning Ukraine “into a bridgehead”.");

        Assert.Equal(["playing with fire", "into a bridgehead"], words);
    }

    [Fact]
    public void A_few_quoted_words_inside_a_reported_sentence_are_a_partial_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("Kuleba claimed that Putin “has shot himself in the foot” by deploying troops."));

        Assert.Equal("partial", quote.Kind);
    }

    [Fact]
    public void A_quoted_sentence_is_a_direct_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Marked("“There is no change, and there will be no change,” Blinken said."));

        Assert.Equal("direct", quote.Kind);
    }

    [Fact]
    public void A_quote_in_a_headline_is_found()
    {
        var words = QuoteAnalysis.MarkedWords("Ukraine warns that it “will not accept” concessions to Russia\n\nThe talks went on.");

        Assert.Equal(["will not accept"], words);
    }

    [Fact]
    public void Reported_speech_with_that_is_an_indirect_quote_of_the_clause()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Kuleba stressed that the country will not accept any compromise."));

        Assert.Equal(("indirect", "the country will not accept any compromise", "Kuleba"), (quote.Kind, quote.Text, quote.Speaker));
    }

    [Fact]
    public void A_clause_before_its_attribution_is_an_indirect_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Ukraine is refusing to give up its aim to join NATO, the minister said on Friday."));

        Assert.Equal(("indirect", "Ukraine is refusing to give up its aim to join NATO"), (quote.Kind, quote.Text));
    }

    [Fact]
    public void An_attribution_between_commas_inside_a_sentence_reports_the_whole_sentence()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("The new bridge, the mayor said, will carry twice the traffic of the old one by next summer."));

        Assert.Equal(("indirect", "The new bridge, the mayor said, will carry twice the traffic of the old one by next summer"), (quote.Kind, quote.Text));
    }

    [Fact]
    public void A_reported_clause_stops_before_a_though_clause_that_reports_something_else()
    {
        var quote = QuoteAnalysis.Quotes("Maria Lopez said the union would strike on Monday, though she admitted few members wanted it.")[0];

        Assert.Equal("the union would strike on Monday", quote.Text);
    }

    [Fact]
    public void A_second_cue_joined_by_and_reports_a_second_clause_of_the_same_speaker()
    {
        var quotes = QuoteAnalysis.Quotes("Maria Lopez said the union would strike on Monday and warned that the ports could close.");

        Assert.Equal(
            [("the union would strike on Monday", "Maria Lopez"), ("the ports could close", "Maria Lopez")],
            quotes.Select(q => (q.Text, q.Speaker)));
    }

    [Fact]
    public void Says_reports_the_clause_after_it_without_that_whatever_word_opens_it()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez says voters are tired of the long campaign."));

        Assert.Equal(("voters are tired of the long campaign", "Maria Lopez"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void A_verb_right_after_said_shows_a_relative_clause_not_reported_speech()
    {
        Assert.Empty(QuoteAnalysis.Quotes("The plan the mayor said is finished will cost four million dollars."));
    }

    [Fact]
    public void A_clause_before_said_and_a_name_ending_the_sentence_is_that_persons_indirect_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes(
            "Ferry crossings to the islands will be cut by half during the winter months, said Maria Lopez, a spokeswoman for the port."));

        Assert.Equal(("Ferry crossings to the islands will be cut by half during the winter months", "Maria Lopez"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void A_that_after_a_question_word_belongs_to_the_question_not_the_cue()
    {
        Assert.Empty(QuoteAnalysis.Quotes("Maria Lopez told reporters how pleased she was that the bridge had finally opened."));
    }

    [Fact]
    public void A_that_after_and_keeps_both_clauses_the_cue_reports()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez said the ferry had passed its checks in spring and that the storm was to blame."));

        Assert.Equal("the ferry had passed its checks in spring and that the storm was to blame", quote.Text);
    }

    [Fact]
    public void An_attribution_ending_the_sentence_reports_it_over_a_cue_nested_inside()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("Maria Lopez had told the crew that the ferry would sail at noon, a port official said."));

        Assert.Equal(("Maria Lopez had told the crew that the ferry would sail at noon", "a port official"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void An_attribution_between_commas_reports_the_whole_sentence_even_when_little_follows()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("To keep the ferries running, she said, the port needs money."));

        Assert.Equal("To keep the ferries running, she said, the port needs money", quote.Text);
    }

    [Fact]
    public void A_sentence_of_only_a_subject_and_a_cue_reports_nothing()
    {
        Assert.Empty(QuoteAnalysis.Quotes("She agreed."));
    }

    [Fact]
    public void According_to_a_source_introduces_an_indirect_quote()
    {
        var quote = Assert.Single(QuoteAnalysis.Quotes("The parties endorse a ceasefire in eastern Ukraine, according to the French president’s office."));

        Assert.Equal(("indirect", "the French president’s office"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void A_quote_never_closed_stops_at_a_line_break_inside_its_paragraph()
    {
        var words = QuoteAnalysis.MarkedWords("It is completely improbable. “\n“We were disappointed,” he said.");

        Assert.Equal(["We were disappointed,"], words);
    }
}
