using System.Text.Json.Serialization;

namespace Storyline.Export;

/// <summary>The JSON shape of the exchange format: snake_case names, nulls written out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(StoryRecord))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string))]
public sealed partial class ExchangeJson : JsonSerializerContext;
