using System.Text.Json.Serialization;

namespace Storyline.Cli;

/// <summary>The JSON shapes the listing commands print with <c>--json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IEnumerable<Dictionary<string, string?>>))]
internal sealed partial class CliJson : JsonSerializerContext;
