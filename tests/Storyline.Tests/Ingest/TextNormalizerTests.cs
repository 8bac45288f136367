using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class TextNormalizerTests
{
    [Fact]
    public void Text_already_normal_is_returned_as_it_is()
    {
        const string text = "Kuleba said “no” — twice.\n";

        var result = TextNormalizer.Normalize(text);

        Assert.Same(text, result.Text);
        Assert.Equal(1, result.ToSource.AnchorCount);
    }

    [Fact]
    public void A_letter_and_a_combining_accent_are_composed()
    {
        var result = TextNormalizer.Normalize("Cafe\u0301 open");

        Assert.Equal("Caf\u00E9 open", result.Text);
    }

    [Fact]
    public void Combining_marks_are_composed_in_canonical_order()
    {
        var result = TextNormalizer.Normalize("a\u0302\u0323");

        Assert.Equal("\u1EAD", result.Text);
    }

    [Fact]
    public void A_singleton_is_replaced_by_its_canonical_equivalent()
    {
        var result = TextNormalizer.Normalize("5 \u212B");

        Assert.Equal("5 \u00C5", result.Text);
    }

    [Fact]
    public void A_mark_with_nothing_to_join_is_kept()
    {
        var result = TextNormalizer.Normalize("q\u0301");

        Assert.Equal("q\u0301", result.Text);
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u202F")]
    [InlineData("\u2007")]
    public void Non_breaking_spaces_become_spaces(string space)
    {
        var result = TextNormalizer.Normalize("15" + space + "000");

        Assert.Equal("15 000", result.Text);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    public void Zero_width_characters_are_removed(string zeroWidth)
    {
        var result = TextNormalizer.Normalize("Kyi" + zeroWidth + "v");

        Assert.Equal("Kyiv", result.Text);
    }

    [Fact]
    public void Crlf_and_lone_cr_become_lf()
    {
        var result = TextNormalizer.Normalize("a\r\nb\rc");

        Assert.Equal("a\nb\nc", result.Text);
    }

    [Fact]
    public void Offsets_after_a_crlf_map_back_to_the_decoded_text()
    {
        const string decoded = "one\r\ntwo\r\nthree";

        var result = TextNormalizer.Normalize(decoded);

        var three = result.Text.IndexOf("three", StringComparison.Ordinal);
        Assert.Equal(decoded.IndexOf("three", StringComparison.Ordinal), result.ToSource.ToSource(three));
    }

    [Fact]
    public void Offsets_after_a_removed_character_map_back_to_the_decoded_text()
    {
        const string decoded = "a\u200Bb c";

        var result = TextNormalizer.Normalize(decoded);

        Assert.Equal(2, result.ToSource.ToSource(1));
        Assert.Equal(4, result.ToSource.ToSource(3));
    }

    [Fact]
    public void Offsets_after_a_composed_letter_map_back_to_the_decoded_text()
    {
        const string decoded = "e\u0301te\u0301 now";

        var result = TextNormalizer.Normalize(decoded);

        Assert.Equal("\u00E9t\u00E9 now", result.Text);
        Assert.Equal(decoded.IndexOf("now", StringComparison.Ordinal), result.ToSource.ToSource(4));
    }
}
