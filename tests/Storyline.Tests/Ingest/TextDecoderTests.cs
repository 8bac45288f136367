using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Utf8_without_byte_order_mark_is_decoded()
    {
        var result = TextDecoder.Decode([0x4B, 0x79, 0x69, 0x76, 0x20, 0xE2, 0x80, 0x94]);

        Assert.Equal("Kyiv —", result.Text);
        Assert.Equal("UTF-8", result.EncodingName);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var result = TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x48, 0x69]);

        Assert.Equal("Hi", result.Text);
        Assert.Equal("UTF-8", result.EncodingName);
    }

    [Fact]
    public void Utf16_little_endian_with_byte_order_mark_is_decoded()
    {
        var result = TextDecoder.Decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]);

        Assert.Equal("Hi", result.Text);
        Assert.Equal("UTF-16LE", result.EncodingName);
    }

    [Fact]
    public void Utf16_big_endian_with_byte_order_mark_is_decoded()
    {
        var result = TextDecoder.Decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69]);

        Assert.Equal("Hi", result.Text);
        Assert.Equal("UTF-16BE", result.EncodingName);
    }

    [Fact]
    public void Utf16_little_endian_without_byte_order_mark_is_recognised_by_its_nul_bytes()
    {
        var result = TextDecoder.Decode([0x48, 0x00, 0x69, 0x00, 0x21, 0x00]);

        Assert.Equal("Hi!", result.Text);
        Assert.Equal("UTF-16LE", result.EncodingName);
    }

    [Fact]
    public void Utf16_big_endian_without_byte_order_mark_is_recognised_by_its_nul_bytes()
    {
        var result = TextDecoder.Decode([0x00, 0x48, 0x00, 0x69, 0x00, 0x21]);

        Assert.Equal("Hi!", result.Text);
        Assert.Equal("UTF-16BE", result.EncodingName);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        var result = TextDecoder.Decode([0x93, 0x4E, 0x6F, 0x94, 0x20, 0x80, 0x35]);

        Assert.Equal("“No” €5", result.Text);
        Assert.Equal("Windows-1252", result.EncodingName);
    }

    [Fact]
    public void Nul_bytes_outside_utf16_text_are_refused_as_binary()
    {
        var result = TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00]);

        Assert.False(result.Succeeded);
        Assert.StartsWith("binary file", result.Refusal);
    }

    [Fact]
    public void A_high_share_of_control_characters_is_refused_as_binary()
    {
        var result = TextDecoder.Decode([0x41, 0x01, 0x02, 0x03, 0x42, 0x1B, 0x43]);

        Assert.False(result.Succeeded);
        Assert.StartsWith("binary file", result.Refusal);
    }

    [Fact]
    public void Tabs_and_line_ends_are_not_control_characters_of_binary_data()
    {
        var result = TextDecoder.Decode("a\tb\r\nc\n"u8);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = TextDecoder.Decode([]);

        Assert.Equal("empty file: it holds no text", result.Refusal);
    }

    [Fact]
    public void A_file_of_white_space_only_is_refused()
    {
        var result = TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x09, 0xC2, 0xA0, 0x0D, 0x0A]);

        Assert.Equal("empty file: it holds no text", result.Refusal);
    }
}
