using System.Security.Cryptography;
using System.Text;
using Storyline.Cleaning;
using Storyline.Documents;
using static Storyline.Tests.Cleaning.Cleaning;

namespace Storyline.Tests.Cleaning;

public class ArticleCleanerBodyTests
{
    [Fact]
    public void Blocks_are_joined_by_a_blank_line()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\n{OtherParagraph}");

        Assert.Equal($"{Paragraph}\n\n{OtherParagraph}", article.Text);
    }

    [Fact]
    public void Caption_repeated_as_first_paragraph_is_dropped()
    {
        const string Caption = "The defence minister told parliament the number of troops was estimated at 94,300.";
        var article = Clean($"Talks end without a deal\n{Caption}\n{Caption}\n\nWASHINGTON — {Paragraph}");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Line_printed_twice_in_a_row_is_kept_once()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\n{Paragraph}\n{OtherParagraph}");

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Line_repeated_later_in_the_page_is_kept_at_its_first_place()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\n{OtherParagraph}\n{Paragraph}");

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Short_line_between_paragraphs_is_a_heading()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\nUnacceptable terms\n{OtherParagraph}");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
        Assert.Equal("Unacceptable terms", article.BlockTexts()[1]);
    }

    [Fact]
    public void Short_lines_after_the_last_paragraph_are_dropped()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\nTags\nEurope News");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("- Advertisement -")]
    [InlineData("NATO strengthens presence in Eastern Europe 0:58")]
    [InlineData("See also  Dam inquiry opens | Valdoria | news")]
    [InlineData("Share this")]
    [InlineData("(Reporting by Petra Ulm; Editing by Mark Hollis)")]
    public void Furniture_line_between_paragraphs_leaves_the_body(string line)
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\n{line}\n{OtherParagraph}");

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Photo_credit_and_the_caption_under_it_are_dropped()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\nPhoto by Maxim Orlov, Reuters\nDeputy Foreign Minister Sergei Ryabkov\n{OtherParagraph}");

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Headlines_after_a_related_list_header_are_dropped()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\nRelated Articles\nPort strike enters second week\nMinister resigns over dam report");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Headlines_interleaved_with_relative_times_are_dropped()
    {
        var article = Clean(
            $"Talks end without a deal\n{Paragraph}\n3 hours ago\n\nUK confirms plan to use military to limit small boat crossings from France\n\n" +
            "3 hours ago\n\nBorrell, Al-Hajraf discuss EU-GCC cooperation");

        Assert.Equal([Paragraph], article.BlockTexts());
    }

    [Fact]
    public void Paragraph_after_a_see_also_list_ends_the_list()
    {
        var article = Clean($"Talks end without a deal\n{Paragraph}\nSee also\nDam inquiry opens\n{OtherParagraph}");

        Assert.Equal([Paragraph, OtherParagraph], article.BlockTexts());
    }

    [Fact]
    public void Source_map_points_a_body_word_at_the_same_word_in_the_raw_text()
    {
        const string Raw = "-6.4 C\nTalks end without a deal\n\nKiev, Ucrania (CNN) — The ministers met on Monday.\n\nLeave a Comment";
        var article = Clean(Raw);

        var inText = article.Text.IndexOf("Monday", StringComparison.Ordinal);
        var inRaw = article.SourceMap.ToSource(new TextSpan(inText, "Monday".Length));

        Assert.Equal("Monday", inRaw.Of(Raw));
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_document_text()
    {
        var article = Clean("Talks end without a deal");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Talks end without a deal"))), article.ContentHash);
    }

    [Fact]
    public void Empty_document_gives_an_empty_article()
    {
        var article = Clean("");

        Assert.Null(article.Title);
        Assert.Empty(article.Blocks);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void Html_document_is_returned_as_it_is_for_now()
    {
        const string Html = "<html><body><p>Hello</p></body></html>";
        var article = new ArticleCleaner().Clean(new RawDocument("p", "p.html", Html, DocumentFormat.Html, new DocumentHints(Title: "Hello")));

        Assert.Equal("Hello", article.Title);
        Assert.Equal(Html, article.Text);
    }
}
