using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Reports;

/// <summary>A story report as JSON: camelCase names that stay as they are (the records' property names), nulls written out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(StoryReport))]
public sealed partial class ReportJson : JsonSerializerContext
{
    /// <summary>Letters of every script written as they are, not as \u escapes; the text is read as JSON, never as HTML.</summary>
    private static readonly ReportJson Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Render(StoryReport report) => JsonSerializer.Serialize(report, Readable.StoryReport);

    public static StoryReport? Read(string json) => JsonSerializer.Deserialize(json, Readable.StoryReport);
}
