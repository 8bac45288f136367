using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Span.Of(text))];

    private static TokenKind KindOf(string text, string token) =>
        Tokenizer.Tokenize(text).Single(t => t.Span.Of(text) == token).Kind;

    [Fact]
    public void Words_are_separated_by_white_space_and_punctuation()
    {
        Assert.Equal(["Kuleba", "said", ",", "firmly", "."], Texts("Kuleba said, firmly."));
    }

    [Theory]
    [InlineData("Ukraine’s")]
    [InlineData("don't")]
    [InlineData("cease-fire")]
    [InlineData("COVID-19")]
    public void A_word_keeps_its_inner_apostrophes_and_hyphens(string word)
    {
        Assert.Equal([word], Texts(word));
        Assert.Equal(TokenKind.Word, KindOf(word, word));
    }

    [Theory]
    [InlineData("94,300")]
    [InlineData("3.5")]
    [InlineData("15,000")]
    [InlineData("2022")]
    public void A_number_keeps_its_decimal_point_and_thousands_separators(string number)
    {
        Assert.Equal([number], Texts(number));
        Assert.Equal(TokenKind.Number, KindOf(number, number));
    }

    [Fact]
    public void A_comma_between_numbers_in_a_list_separates_them()
    {
        Assert.Equal(["1", ",", "2"], Texts("1,2"));
    }

    [Fact]
    public void A_full_stop_after_a_number_is_punctuation()
    {
        Assert.Equal(["troops", "100,000", "."], Texts("troops 100,000."));
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("a.m.")]
    [InlineData("U.K.")]
    public void A_dotted_abbreviation_is_one_word(string abbreviation)
    {
        Assert.Equal(["the", abbreviation, "said"], Texts($"the {abbreviation} said"));
    }

    [Fact]
    public void A_title_abbreviation_is_a_word_and_its_full_stop()
    {
        Assert.Equal(["Mr", ".", "Blinken"], Texts("Mr. Blinken"));
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("«", "»")]
    [InlineData("„", "“")]
    [InlineData("‘", "’")]
    [InlineData("\"", "\"")]
    public void Quote_marks_around_words_are_quote_marks(string open, string close)
    {
        var text = $"{open}No{close}";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal([TokenKind.QuoteMark, TokenKind.Word, TokenKind.QuoteMark], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void An_ellipsis_is_one_token()
    {
        Assert.Equal(["wait", "...", "no"], Texts("wait... no"));
    }

    [Fact]
    public void A_dash_between_words_is_punctuation()
    {
        Assert.Equal(TokenKind.Punctuation, KindOf("Kiev (CNN) — Ukraine", "—"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("$")]
    [InlineData("€")]
    [InlineData("+")]
    public void Signs_are_symbols(string sign)
    {
        Assert.Equal(TokenKind.Symbol, KindOf($"5{sign}", sign));
    }

    [Fact]
    public void Token_spans_point_into_the_given_range_of_the_whole_text()
    {
        const string text = "skip this. Take that";

        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(11, 9), tokens);

        Assert.Equal([new TextSpan(11, 4), new TextSpan(16, 4)], tokens.Select(t => t.Span));
    }
}
