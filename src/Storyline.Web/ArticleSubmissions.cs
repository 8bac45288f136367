using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Security.Cryptography;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Web;

/// <summary>
/// Articles submitted through the API, analysed and stored by the same <see cref="AnalysisRun"/> that
/// <c>storyline analyze</c> uses. The body is written to a private folder as the file the analyser would
/// read (a <c>.txt</c> page, or a <c>.jsonl</c> corpus, an HTML page becoming one line with an <c>html</c>
/// field); one submission runs at a time, since the store takes one writer.
/// </summary>
public sealed partial class ArticleSubmissions(ServerOptions options, Archive archive) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The kinds of body accepted, by media type.</summary>
    public enum BodyKind
    {
        Text,
        Html,
        JsonLines,
    }

    public static BodyKind? KindOf(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/plain" => BodyKind.Text,
        "text/html" => BodyKind.Html,
        "application/jsonl" or "application/x-ndjson" or "application/x-jsonlines" or "application/json-lines" => BodyKind.JsonLines,
        _ => null,
    };

    /// <summary>An article id given with a single page: letters, digits, dots, dashes and underscores.</summary>
    public static bool IsValidId(string id) => ValidId().IsMatch(id);

    public async Task<RunSummary> SubmitAsync(byte[] body, BodyKind kind, string? id, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(body);
        var folder = Directory.CreateTempSubdirectory("storyline-submission-");
        try
        {
            var articleId = id ?? "submitted-" + Convert.ToHexStringLower(SHA256.HashData(body))[..16];
            var (file, content) = kind switch
            {
                BodyKind.Text => (articleId + ".txt", body),
                BodyKind.Html => ("submitted.jsonl", JsonSerializer.SerializeToUtf8Bytes(
                    new Dictionary<string, string> { ["id"] = articleId, ["html"] = Encoding.UTF8.GetString(body) })),
                _ => ("submitted.jsonl", body),
            };
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, file), content, cancellation).ConfigureAwait(false);
            await _writer.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                using var store = SqliteStore.Open(options.Database);
                // The body is already within the request limit; an HTML page written as a JSON line grows by its escapes.
                var summary = new AnalysisRun(new AnalysisRunOptions(new IngestOptions { MaxFileBytes = options.MaxRequestBytes * 2 }), store)
                    .Run([folder.FullName]);
                archive.Changed();

                // The folder is this server's business; the client hears of its own items only.
                return summary with { Failures = [.. summary.Failures.Select(f => f with { Origin = Path.GetRelativePath(folder.FullName, f.Origin) })] };
            }
            finally
            {
                _writer.Release();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public void Dispose() => _writer.Dispose();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,120}$")]
    private static partial Regex ValidId();
}
