using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Storyline.Storage.Sqlite;
using Storyline.Web.Api;
using Storyline.Web.Pages;

namespace Storyline.Web;

/// <summary>
/// Builds the web server over a store: pages, the API and its OpenAPI document (<c>/openapi/v1.json</c>).
/// Settings come from configuration: <c>Storyline:Database</c> (default <c>storyline.db</c>),
/// <c>Storyline:ApiKey</c> or the <c>STORYLINE_API_KEY</c> environment variable (writes are refused without
/// one), <c>Storyline:MaxRequestBytes</c>, and the usual <c>--urls</c> (default http://127.0.0.1:5000).
/// </summary>
public static class StorylineServer
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var section = builder.Configuration.GetSection(ServerOptions.Section);
        var options = new ServerOptions(
            section["Database"] ?? "storyline.db",
            section["ApiKey"] ?? Environment.GetEnvironmentVariable("STORYLINE_API_KEY"),
            long.TryParse(section["MaxRequestBytes"], out var max) && max > 0 ? max : ServerOptions.DefaultMaxRequestBytes);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<Archive>();
        builder.Services.AddSingleton<ArticleSubmissions>();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default);
        });
        builder.Services.AddOpenApi();

        // Creates the store when missing and brings its schema up to date before the first request.
        using (SqliteStore.Open(options.Database))
        {
        }

        var app = builder.Build();
        app.UseExceptionHandler(failure => failure.Run(WriteFailure));
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            SecurityHeaders.Add(context.Response.Headers);
            return next(context);
        });
        app.MapOpenApi();
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app, options);
        return app;
    }

    /// <summary>A failure is logged on the server and reported to the client as one line, without internals;
    /// a request the server cannot read (a parameter of the wrong type, a body too large) keeps its 4xx status.</summary>
    private static async Task WriteFailure(HttpContext context)
    {
        var (status, message) = context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "the request is too large"),
            BadHttpRequestException bad => (bad.StatusCode, "the request is malformed: check its parameters"),
            _ => (StatusCodes.Status500InternalServerError, "the server could not answer this request"),
        };
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ApiError(message), ApiJson.Default.ApiError).ConfigureAwait(false);
    }
}
