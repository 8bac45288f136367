using Storyline.Documents;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Tests.Entities;

public class ArticleWordsTests
{
    private static string[] Texts(string text, List<Word> words) => [.. words.Select(w => w.Of(text).ToString())];

    [Fact]
    public void A_sentence_has_the_words_a_scan_of_it_alone_finds()
    {
        const string text = "Mr. Ukraine’s envoy spoke. The U.S. agreed on Friday.";
        var layout = TestLayouts.Of(text);

        var words = ArticleWords.Of(text, layout);

        Assert.Equal(
            layout.Sentences.Select(s => Texts(text, WordScanner.Scan(text, s))),
            words.Sentences.Select(w => Texts(text, w)));
    }

    [Fact]
    public void A_paragraph_has_the_words_a_scan_of_it_finds()
    {
        const string text = "Kuleba said: “We will not accept it.”\n\nHe left.";
        var layout = TestLayouts.Of(text);

        var words = ArticleWords.Of(text, layout);

        Assert.Equal(
            layout.Paragraphs.Select(p => Texts(text, WordScanner.Scan(text, p))),
            words.Paragraphs.Select(w => Texts(text, w)));
    }

    [Fact]
    public void A_sentence_not_parted_from_the_next_by_white_space_is_scanned_alone()
    {
        const string text = "It rose to 3.5 percent";
        var layout = new TextLayout([new TextSpan(0, text.Length)], [new TextSpan(0, 12), new TextSpan(12, text.Length - 12)], []);

        var words = ArticleWords.Of(text, layout);

        Assert.Equal(["It", "rose", "to", "3"], Texts(text, words.Sentences[0]));
    }

    [Fact]
    public void The_same_article_is_scanned_once()
    {
        const string text = "Kuleba spoke.";
        var layout = TestLayouts.Of(text);

        Assert.Same(ArticleWords.Of(text, layout), ArticleWords.Of(text, layout));
    }

    [Fact]
    public void Another_text_with_the_same_layout_is_scanned_again()
    {
        const string text = "Kuleba spoke.";
        var layout = TestLayouts.Of(text);
        _ = ArticleWords.Of(text, layout);

        var other = ArticleWords.Of("Kuleba wrote.", layout);

        Assert.Equal(["Kuleba", "wrote", "."], Texts("Kuleba wrote.", other.Paragraphs[0]));
    }
}
