using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Stories;

/// <summary>The clusterer's state as JSON, so a store can keep it between runs.</summary>
public static class ClusteringSnapshotJson
{
    public static string Serialize(ClusteringSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, SnapshotJsonContext.Default.ClusteringSnapshot);

    /// <summary>Writes the snapshot as UTF-8 JSON as it goes: the state of a large archive is too big to hold twice as text.</summary>
    public static void Serialize(Stream utf8Json, ClusteringSnapshot snapshot) =>
        JsonSerializer.Serialize(utf8Json, snapshot, SnapshotJsonContext.Default.ClusteringSnapshot);

    /// <summary>The snapshot in <paramref name="json"/>, or null when it was written by another snapshot version.</summary>
    public static ClusteringSnapshot? Deserialize(string json) =>
        Current(JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.ClusteringSnapshot));

    /// <summary>The snapshot read from UTF-8 JSON, or null when it was written by another snapshot version.</summary>
    public static ClusteringSnapshot? Deserialize(Stream utf8Json) =>
        Current(JsonSerializer.Deserialize(utf8Json, SnapshotJsonContext.Default.ClusteringSnapshot));

    private static ClusteringSnapshot? Current(ClusteringSnapshot? snapshot) =>
        snapshot?.Version == ClusteringSnapshot.CurrentVersion ? snapshot : null;
}

[JsonSerializable(typeof(ClusteringSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
