using Storyline.Documents;
using Storyline.Entities;

namespace Storyline.Tests.Entities;

public class WordScannerTests
{
    [Fact]
    public void The_index_at_an_offset_is_that_of_the_first_word_starting_there_or_after()
    {
        const string text = "Kuleba said it.";
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));

        Assert.Equal([0, 1, 1, 4], new[] { 0, 1, 7, 15 }.Select(offset => WordScanner.IndexAt(words, offset)));
    }
}
