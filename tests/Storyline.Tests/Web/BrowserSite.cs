using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>
/// The sample site served by Kestrel on a free loopback port and Debian's headless chromium driven through
/// the system chromedriver (nothing is downloaded). Screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private readonly SampleSite _site = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("storyline-chromium-").FullName;
    private WebApplication? _server;

    public ChromeDriver Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _server = StorylineServer.Build(["--urls", "http://127.0.0.1:0", $"--Storyline:Database={_site.Database}", "--Logging:LogLevel:Default=Warning"]);
        await _server.StartAsync();
        Address = new Uri(_server.Urls.First());

        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + _profile, "--window-size=1000,1400");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(30));
        Directory.CreateDirectory(Screenshots);
    }

    public void Open(string path) => Browser.Navigate().GoToUrl(new Uri(Address, path));

    public void Screenshot(string name) => Browser.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, name + ".png"));

    public async Task DisposeAsync()
    {
        Browser.Quit();
        Browser.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    /// <summary>Runs after <see cref="DisposeAsync"/>, once the server no longer holds the store.</summary>
    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
