using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Of(text))];

    [Fact]
    public void A_full_stop_before_a_capital_ends_a_sentence()
    {
        Assert.Equal(["Russia denies it.", "NATO disagrees."], Sentences("Russia denies it. NATO disagrees."));
    }

    [Theory]
    [InlineData("Will it?", "Nobody knows.")]
    [InlineData("It will!", "Nobody doubts it.")]
    public void Question_and_exclamation_marks_end_a_sentence(string first, string second)
    {
        Assert.Equal([first, second], Sentences(first + " " + second));
    }

    [Fact]
    public void A_full_stop_before_a_lower_case_word_does_not_end_a_sentence()
    {
        Assert.Equal(["It rose approx. ten times."], Sentences("It rose approx. ten times."));
    }

    [Theory]
    [InlineData("Mr. Blinken spoke.")]
    [InlineData("Dr. Smith spoke.")]
    [InlineData("Gen. Milley spoke.")]
    [InlineData("St. Petersburg voted.")]
    public void A_title_abbreviation_does_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void An_initial_does_not_end_a_sentence()
    {
        Assert.Equal(["J. R. Smith said so."], Sentences("J. R. Smith said so."));
    }

    [Theory]
    [InlineData("It happened on Dec. 5 in Kyiv.")]
    [InlineData("He lives at No. 10 now.")]
    public void An_abbreviation_before_a_number_does_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence()
    {
        Assert.Equal(["Growth was 3.5 percent."], Sentences("Growth was 3.5 percent."));
    }

    [Theory]
    [InlineData("The U.S. Ambassador spoke.")]
    [InlineData("At 10 a.m. Monday it began.")]
    public void A_dotted_abbreviation_before_a_name_does_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Theory]
    [InlineData("Troops left the U.S.", "They arrived.")]
    [InlineData("It began at 10 a.m.", "The talks failed.")]
    public void A_dotted_abbreviation_before_a_typical_sentence_opener_ends_a_sentence(string first, string second)
    {
        Assert.Equal([first, second], Sentences(first + " " + second));
    }

    [Fact]
    public void An_ellipsis_before_a_capital_ends_a_sentence()
    {
        Assert.Equal(["We waited...", "Then it came."], Sentences("We waited... Then it came."));
    }

    [Fact]
    public void An_ellipsis_before_a_lower_case_word_does_not_end_a_sentence()
    {
        Assert.Equal(["We will … fight on."], Sentences("We will … fight on."));
    }

    [Fact]
    public void A_sentence_ending_inside_closing_quotes_takes_the_quotes()
    {
        Assert.Equal(["“It is over,” he said.”", "Next came talks."], Sentences("“It is over,” he said.” Next came talks."));
    }

    [Fact]
    public void A_quoted_sentence_ends_before_the_next_capital()
    {
        Assert.Equal(["“Go.”", "He left."], Sentences("“Go.” He left."));
    }

    [Fact]
    public void Straight_quotes_close_a_sentence_like_curly_ones()
    {
        Assert.Equal(["\"Go.\"", "He left."], Sentences("\"Go.\" He left."));
    }

    [Fact]
    public void A_quoted_question_followed_by_its_speech_verb_is_one_sentence()
    {
        Assert.Equal(["“Why now?” he asked."], Sentences("“Why now?” he asked."));
    }

    [Fact]
    public void A_sentence_may_open_with_a_quote_mark()
    {
        Assert.Equal(["He spoke.", "“We will not accept it.”"], Sentences("He spoke. “We will not accept it.”"));
    }

    [Fact]
    public void A_dash_does_not_end_a_sentence()
    {
        Assert.Equal(["Kiev (CNN) — Ukraine said no."], Sentences("Kiev (CNN) — Ukraine said no."));
    }

    [Fact]
    public void A_line_without_final_punctuation_ends_at_the_line_end()
    {
        Assert.Equal(["NATO strengthens presence 0:58", "Kuleba said so."], Sentences("NATO strengthens presence 0:58\nKuleba said so."));
    }

    [Fact]
    public void A_block_never_runs_into_the_next()
    {
        const string text = "Leave a Comment\n\nThis site uses Akismet";
        var sentences = new List<TextSpan>();

        SentenceSplitter.Split(text, new TextSpan(0, 15), sentences);
        SentenceSplitter.Split(text, new TextSpan(17, 22), sentences);

        Assert.Equal(["Leave a Comment", "This site uses Akismet"], sentences.Select(s => s.Of(text)));
    }

    [Fact]
    public void Sentence_spans_leave_out_surrounding_white_space()
    {
        Assert.Equal([new TextSpan(2, 3), new TextSpan(6, 3)], SentenceSplitter.Split("  Go. Now  "));
    }

    [Fact]
    public void A_dash_signing_a_closed_quotation_stays_in_its_sentence()
    {
        Assert.Equal(["“We stay.” ― Ana Pell"], Sentences("“We stay.” ― Ana Pell"));
    }
}
