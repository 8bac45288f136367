using System.Net;
using System.Text.RegularExpressions;

namespace Storyline.Tests.Web;

public sealed partial class PageTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient _client = site.Writable.CreateClient();

    [Fact]
    public async Task The_story_list_shows_the_sample_story_with_its_size_and_outlets()
    {
        var page = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("href=\"/stories/sty-000001\"", page, StringComparison.Ordinal);
        Assert.Contains("Medran Courier", page, StringComparison.Ordinal);
        Assert.Matches(@"\d+ articles", page);
    }

    [Fact]
    public async Task A_story_page_shows_the_dossier_sections()
    {
        var page = await _client.GetStringAsync(new Uri("/stories/sty-000001", UriKind.Relative));

        foreach (var section in new[] { "summary", "timeline", "figures", "positions", "quotes", "coverage", "articles" })
        {
            Assert.Contains($"<section id=\"{section}\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_quote_link_of_a_story_lands_on_an_anchor_in_its_article()
    {
        var story = await _client.GetStringAsync(new Uri("/stories/sty-000001", UriKind.Relative));
        var link = QuoteLink().Match(story);
        Assert.True(link.Success);

        var article = await _client.GetStringAsync(new Uri(link.Groups["article"].Value, UriKind.Relative));

        Assert.Contains($"id=\"{link.Groups["anchor"].Value}\"", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_as_text()
    {
        var page = await _client.GetStringAsync(new Uri("/articles/" + SampleSite.HostileArticleId, UriKind.Relative));

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_forbids_scripts_and_inline_styles_by_its_content_security_policy()
    {
        var response = await _client.GetAsync(new Uri("/stories/sty-000001", UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_puts_the_best_match_first_and_marks_the_words_found()
    {
        var page = await _client.GetStringAsync(new Uri("/search?q=siren", UriKind.Relative));

        Assert.Contains("<mark>siren</mark>", page, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<ol class=\"results\" start=\"1\"><li>\\s*<h2><a href=\"/articles/courier-inquiry-families\"", page);
    }

    [Fact]
    public async Task Search_syntax_typed_by_a_reader_is_searched_as_words()
    {
        var response = await _client.GetAsync(new Uri("/search?q=%22dam%20AND%20NEAR(speakers%3A", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_person_page_lists_their_quotations_across_stories()
    {
        var page = await _client.GetStringAsync(new Uri("/entities/pavol-dorin", UriKind.Relative));

        Assert.Contains("beyond anything in our records", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_a_page_saying_so()
    {
        var response = await _client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-article", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(?<article>/articles/[^\"#]+)#(?<anchor>q-[0-9a-f]+)\"")]
    private static partial Regex QuoteLink();
}
