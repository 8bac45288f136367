using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Storyline.Tests.Watching;

/// <summary>An HTTP server on 127.0.0.1 and a free port for the length of a test. Each path serves a
/// fixed answer; a page with an ETag answers 304 to a request that sends it back. Every request
/// and every 304 is counted per path, and each request's User-Agent kept.</summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalWebServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> NotModified { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> UserAgents { get; } = new();

    public Uri Url(string path) => new(Root, path);

    public void Serve(string path, string contentType, string body, string? etag = null) =>
        _pages[path] = new Page(200, contentType, body, etag, null);

    public void Redirect(string path, string location) => _pages[path] = new Page(302, "text/plain", "", null, location);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        UserAgents.Enqueue(context.Request.UserAgent ?? "");
        using var response = context.Response;
        if (!_pages.TryGetValue(path, out var page))
        {
            response.StatusCode = 404;
            return;
        }

        if (page.ETag is not null && context.Request.Headers["If-None-Match"] == page.ETag)
        {
            NotModified.AddOrUpdate(path, 1, (_, n) => n + 1);
            response.StatusCode = 304;
            return;
        }

        response.StatusCode = page.Status;
        if (page.Location is not null)
        {
            response.RedirectLocation = page.Location;
        }

        if (page.ETag is not null)
        {
            response.Headers["ETag"] = page.ETag;
        }

        var bytes = Encoding.UTF8.GetBytes(page.Body);
        response.ContentType = page.ContentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private sealed record Page(int Status, string ContentType, string Body, string? ETag, string? Location);
}
