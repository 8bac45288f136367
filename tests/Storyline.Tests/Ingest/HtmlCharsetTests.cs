using System.Text;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class HtmlCharsetTests
{
    static HtmlCharsetTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private const string Body = "<p>Ça a cédé à l'aube</p>";

    [Fact]
    public void The_meta_charset_names_the_encoding()
    {
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes($"<html><head><meta charset=\"ISO-8859-15\"></head><body>{Body} €</body></html>");

        var decoded = HtmlCharset.Decode(bytes);

        Assert.Contains("Ça a cédé à l'aube</p> €", decoded.Text);
    }

    [Fact]
    public void The_http_equiv_content_type_names_the_encoding()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Плотина прорвалась</p>");

        Assert.Contains("Плотина прорвалась", HtmlCharset.Decode(bytes).Text);
    }

    [Fact]
    public void The_http_header_charset_wins_over_the_meta_tag()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<meta charset=\"utf-16\">{Body}");

        Assert.Contains("Ça a cédé", HtmlCharset.Decode(bytes, "text/html; charset=\"windows-1252\"").Text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_any_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"<meta charset=\"windows-1252\">{Body}")).ToArray();

        Assert.Contains("Ça a cédé", HtmlCharset.Decode(bytes).Text);
    }

    [Fact]
    public void A_latin_declaration_on_valid_utf8_bytes_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"iso-8859-1\">{Body}");

        Assert.Contains("Ça a cédé", HtmlCharset.Decode(bytes).Text);
    }

    [Fact]
    public void Without_a_declaration_the_text_decoder_rules_apply()
    {
        var decoded = HtmlCharset.Decode(Encoding.GetEncoding(1252).GetBytes(Body));

        Assert.Equal("Windows-1252", decoded.EncodingName);
        Assert.Contains("Ça a cédé", decoded.Text);
    }

    [Fact]
    public void An_unknown_charset_name_is_ignored()
    {
        Assert.Contains("Ça a cédé", HtmlCharset.Decode(Encoding.UTF8.GetBytes($"<meta charset=\"klingon-8\">{Body}")).Text);
    }
}
