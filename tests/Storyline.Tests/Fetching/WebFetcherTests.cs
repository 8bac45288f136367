using Storyline.Fetching;
using Storyline.Tests.Watching;

namespace Storyline.Tests.Fetching;

public sealed class WebFetcherTests : IDisposable
{
    private readonly LocalWebServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_body_over_the_size_cap_is_refused()
    {
        _server.Serve("/big", "text/html", new string('x', 5000));
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, PerHostInterval = TimeSpan.Zero, MaxBytes = 1000 });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/big"), null, null, CancellationToken.None));

        Assert.Contains("over the limit of 1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_name_storyline_in_their_user_agent()
    {
        _server.Serve("/page", "text/html", "<p>Hello</p>");
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, PerHostInterval = TimeSpan.Zero });

        await fetcher.FetchAsync(_server.Url("/page"), null, null, CancellationToken.None);

        Assert.All(_server.UserAgents, agent => Assert.StartsWith("Storyline/", agent, StringComparison.Ordinal));
        Assert.NotEmpty(_server.UserAgents);
    }
}
