using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Tests.Pipeline;

public class ArticleAnalyzerTests
{
    [Fact]
    public void A_sentence_maps_back_to_the_same_words_in_the_decoded_page()
    {
        const string Decoded = "Talks end\r\n\r\nThe\u00a0minister spoke in Geneva.\r\nHe said talks would go on.\r\n";
        var document = new RawDocument("a", "a.txt", Decoded.Replace("\r\n", "\n").Replace('\u00a0', ' '), DocumentFormat.PlainText, DocumentHints.None)
        {
            Original = Decoded,
            OriginalMap = LineEndMap(Decoded),
        };

        var analyzed = new ArticleAnalyzer().Analyze(document);
        var second = analyzed.Layout.Sentences[1];
        var source = analyzed.Article.SourceMap.ToSource(second);

        Assert.Equal("He said talks would go on.", second.Of(analyzed.Article.Text));
        Assert.Equal("He said talks would go on.", source.Of(Decoded));
    }

    private static OffsetMap LineEndMap(string decoded)
    {
        var builder = new OffsetMap.Builder();
        var target = 0;
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i] == '\r')
            {
                continue;
            }

            builder.Add(target++, i);
        }

        return builder.Build();
    }
}
