using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web;

/// <summary>The headers every response carries: no script at all, styles only from this site's own stylesheet,
/// no framing, no sniffing of content types, no referrer leaving the site.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}

/// <summary>Writes need the operator's API key in the <see cref="ServerOptions.ApiKeyHeader"/> header; without a
/// configured key the server is read-only.</summary>
internal sealed class ApiKeyFilter(ServerOptions options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Writable)
        {
            return ValueTask.FromResult<object?>(Results.Json(
                new Api.ApiError("this server is read-only: no API key is configured"), Api.ApiJson.Default.ApiError, statusCode: StatusCodes.Status403Forbidden));
        }

        var given = context.HttpContext.Request.Headers[ServerOptions.ApiKeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey!)))
        {
            return ValueTask.FromResult<object?>(Results.Json(
                new Api.ApiError($"a valid {ServerOptions.ApiKeyHeader} header is required"), Api.ApiJson.Default.ApiError, statusCode: StatusCodes.Status401Unauthorized));
        }

        return next(context);
    }
}
