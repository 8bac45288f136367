using System.Net;
using System.Net.Sockets;

namespace Storyline.Fetching;

/// <summary>
/// The entry of the Fetching stage: fetches pages from the web politely and safely. Every request
/// names Storyline in its User-Agent, waits its turn per host, is checked against the host's
/// robots.txt, and follows at most <see cref="FetchOptions.MaxRedirects"/> redirects, each checked
/// again. Each connection resolves the host and refuses it when any address is private, loopback or
/// link-local (unless allowed), so neither a redirect nor DNS can lead it inside the network. Bodies
/// are read as a stream and refused past the size cap.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(24);

    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset Fetched)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _lastRequest = new(StringComparer.OrdinalIgnoreCase);

    public WebFetcher(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = options.Timeout };
    }

    /// <summary>Fetches <paramref name="url"/>, asking only for a change when validators are given.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        for (var redirects = 0; ; redirects++)
        {
            CheckScheme(url);
            var robots = await RobotsOfAsync(url, cancellation).ConfigureAwait(false);
            if (!robots.Allows(url.PathAndQuery))
            {
                throw new FetchException($"{url}: disallowed by the host's robots.txt");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await SendAsync(request, cancellation).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
            {
                if (redirects >= _options.MaxRedirects)
                {
                    throw new FetchException($"{url}: more than {_options.MaxRedirects} redirects");
                }

                url = new Uri(url, location);
                continue;
            }

            var body = status == 304 ? [] : await ReadBodyAsync(url, response, cancellation).ConfigureAwait(false);
            return new FetchResult(
                url,
                status,
                body,
                response.Content.Headers.ContentType?.ToString(),
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    public void Dispose() => _client.Dispose();

    private static void CheckScheme(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException($"{url}: only http and https addresses are fetched");
        }
    }

    /// <summary>The host's robots.txt rules, fetched once a day per host: a missing file (4xx) allows
    /// everything; a host whose robots.txt cannot be read is not fetched from.</summary>
    private async Task<RobotsRules> RobotsOfAsync(Uri url, CancellationToken cancellation)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(key, out var cached) && DateTimeOffset.UtcNow - cached.Fetched < RobotsLifetime)
        {
            return cached.Rules;
        }

        var robotsUrl = new Uri(new Uri(key), "/robots.txt");
        using var request = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
        using var response = await SendAsync(request, cancellation).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        RobotsRules rules;
        if (status == 200)
        {
            var text = System.Text.Encoding.UTF8.GetString(await ReadBodyAsync(robotsUrl, response, cancellation).ConfigureAwait(false));
            rules = RobotsRules.Parse(text, _options.UserAgent);
        }
        else if (status is >= 400 and < 500)
        {
            rules = RobotsRules.AllowAll;
        }
        else
        {
            throw new FetchException($"{robotsUrl}: robots.txt answered {status}, so the host is not fetched from");
        }

        _robots[key] = (rules, DateTimeOffset.UtcNow);
        return rules;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        var url = request.RequestUri!;
        await WaitTurnAsync(url.Host, cancellation).ConfigureAwait(false);
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is FetchException refused)
        {
            throw new FetchException($"{url}: {refused.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"{url}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellation.IsCancellationRequested)
        {
            throw new FetchException($"{url}: no answer within {_options.Timeout.TotalSeconds:0} s", ex);
        }
    }

    private async Task WaitTurnAsync(string host, CancellationToken cancellation)
    {
        if (_lastRequest.TryGetValue(host, out var last))
        {
            var wait = last + _options.PerHostInterval - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation).ConfigureAwait(false);
            }
        }

        _lastRequest[host] = DateTimeOffset.UtcNow;
    }

    private async Task<byte[]> ReadBodyAsync(Uri url, HttpResponseMessage response, CancellationToken cancellation)
    {
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            throw new FetchException($"{url}: {response.Content.Headers.ContentLength} bytes, over the limit of {_options.MaxBytes}");
        }

        using var output = new MemoryStream();
        var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
            {
                if (output.Length + read > _options.MaxBytes)
                {
                    throw new FetchException($"{url}: body over the limit of {_options.MaxBytes} bytes");
                }

                output.Write(buffer, 0, read);
            }
        }

        return output.ToArray();
    }

    /// <summary>Connects only when every address the host resolves to may be reached.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellation).ConfigureAwait(false);
        if (!_options.AllowPrivate && addresses.FirstOrDefault(a => !AddressGuard.IsPublic(a)) is { } inside)
        {
            throw new FetchException($"refused: {host} resolves to the private or local address {inside} (allow with --allow-private)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellation).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
