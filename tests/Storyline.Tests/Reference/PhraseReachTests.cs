using Storyline.Reference;

namespace Storyline.Tests.Reference;

public class PhraseReachTests
{
    [Fact]
    public void A_first_word_reaches_as_far_as_its_longest_name()
    {
        var reach = new PhraseReach(["New York", "New York City", "Paris"]);

        Assert.Equal(3, reach.WordsFrom("New"));
    }

    [Fact]
    public void A_word_that_opens_no_name_reaches_one_word()
    {
        var reach = new PhraseReach(["New York City"]);

        Assert.Equal(1, reach.WordsFrom("Kyiv"));
    }

    [Fact]
    public void First_words_are_compared_without_case()
    {
        var reach = new PhraseReach(["Bank of England"]);

        Assert.Equal(3, reach.WordsFrom("BANK"));
    }

    [Fact]
    public void A_word_inside_a_name_does_not_open_it()
    {
        var reach = new PhraseReach(["Bank of England"]);

        Assert.Equal(1, reach.WordsFrom("England"));
    }
}
