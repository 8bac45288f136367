using OpenQA.Selenium;

namespace Storyline.Tests.Web;

public sealed class BrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public void A_reader_goes_from_the_story_list_to_a_story_and_through_a_quote_to_its_sentence()
    {
        site.Open("/");
        site.Screenshot("story-list");

        site.Browser.FindElement(By.CssSelector("ol.stories h2 a")).Click();
        Assert.Contains("/stories/", site.Browser.Url, StringComparison.Ordinal);
        site.Screenshot("story");

        var quote = site.Browser.FindElement(By.CssSelector("#quotes a.quote-link"));
        var anchor = new Uri(quote.GetAttribute("href")!).Fragment.TrimStart('#');
        quote.Click();

        var sentence = site.Browser.FindElement(By.Id(anchor));
        Assert.Contains("/articles/", site.Browser.Url, StringComparison.Ordinal);
        Assert.True(sentence.Displayed);
        Assert.Contains("quote", sentence.GetAttribute("class"), StringComparison.Ordinal);
        site.Screenshot("article-at-quote");
    }

    [Fact]
    public void A_search_typed_in_the_header_lists_articles_with_the_words_marked()
    {
        site.Open("/");

        var box = site.Browser.FindElement(By.Id("site-q"));
        box.SendKeys("inquiry");
        box.Submit();

        var marks = site.Browser.FindElements(By.CssSelector("ol.results mark"));
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("inquiry", m.Text, ignoreCase: true));
        site.Screenshot("search");
    }

    [Fact]
    public void Markup_in_an_article_is_shown_to_the_reader_as_text()
    {
        site.Open("/articles/" + SampleSite.HostileArticleId);

        var text = site.Browser.FindElement(By.CssSelector("article.text")).Text;

        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Empty(site.Browser.FindElements(By.CssSelector("article.text script, article.text b")));
    }
}
