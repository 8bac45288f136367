using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Storyline.Tests.Web;

public sealed class ApiTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient _client = site.Writable.CreateClient();

    [Fact]
    public async Task Stories_come_in_pages_that_say_where_the_next_one_starts()
    {
        using var page = await Json("/api/stories?limit=1");

        Assert.Equal(1, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.RootElement.GetProperty("next_offset").GetInt32());
    }

    [Fact]
    public async Task A_story_comes_with_its_dossier()
    {
        using var story = await Json("/api/stories/sty-000001");

        Assert.True(story.RootElement.GetProperty("summary").GetArrayLength() > 0);
        Assert.True(story.RootElement.GetProperty("claims").GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_article_is_its_exchange_record()
    {
        using var article = await Json("/api/articles/afp-dam-evacuation");

        Assert.Equal("afp-dam-evacuation", article.RootElement.GetProperty("id").GetString());
        Assert.True(article.RootElement.GetProperty("quotes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_entity_comes_with_the_quotations_it_spoke()
    {
        using var entity = await Json("/api/entities/pavol-dorin");

        Assert.Contains(
            entity.RootElement.GetProperty("quotes").EnumerateArray(),
            q => q.GetProperty("text").GetString()!.Contains("inspection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_by_outlet_finds_only_that_outlets_articles()
    {
        using var results = await Json("/api/search?q=dam&outlet=Medran%20Courier");

        var hits = results.RootElement.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("article").GetString()).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, id => Assert.StartsWith("courier-", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_hit_gives_the_matched_words_as_spans_of_its_snippet()
    {
        using var results = await Json("/api/search?q=siren");

        var hit = results.RootElement.GetProperty("items")[0];
        var match = hit.GetProperty("matches")[0];
        var word = hit.GetProperty("snippet").GetString()!.Substring(match[0].GetInt32(), match[1].GetInt32());
        Assert.Equal("siren", word, ignoreCase: true);
    }

    [Fact]
    public async Task A_search_with_a_malformed_date_is_refused()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=dam&from=yesterday", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_parameter_of_the_wrong_type_is_refused_in_one_line_without_internals()
    {
        var response = await _client.GetAsync(new Uri("/api/stories?limit=many", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_search()
    {
        using var document = await Json("/openapi/v1.json");

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/search", out _));
    }

    [Fact]
    public async Task A_submission_without_the_key_is_refused()
    {
        var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), Text("Title\n\nBody."));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_submission()
    {
        using var client = site.ReadOnly.CreateClient();
        using var request = Submission(Text("Title\n\nBody."));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_submission_is_refused()
    {
        using var request = Submission(Text(new string('a', (int)SampleSite.MaxRequestBytes + 1)));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_submitted_article_is_analysed_stored_and_found_by_search()
    {
        using var factory = site.WritableCopy();
        using var client = factory.CreateClient();
        using var request = Submission(Text(
            "Ferry strike halts Lakeport crossings\n\nLAKEPORT - Ferry crews walked out on Monday, the union said.\n\n" +
            "\"We will not sail until the rota is fixed,\" union leader Maja Oster said.\n"));

        var response = await client.SendAsync(request);
        using var results = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=ferry%20rota", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ferry strike halts Lakeport crossings", results.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    private static StringContent Text(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));

    private static HttpRequestMessage Submission(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Api-Key", SampleSite.ApiKey);
        return request;
    }

    private async Task<JsonDocument> Json(string path) =>
        JsonDocument.Parse(await _client.GetStringAsync(new Uri(path, UriKind.Relative)));
}
