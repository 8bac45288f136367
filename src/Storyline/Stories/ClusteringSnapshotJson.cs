using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Stories;

/// <summary>The clusterer's state as JSON, so a store can keep it between runs.</summary>
public static class ClusteringSnapshotJson
{
    public static string Serialize(ClusteringSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, SnapshotJsonContext.Default.ClusteringSnapshot);

    /// <summary>The snapshot in <paramref name="json"/>, or null when it was written by another snapshot version.</summary>
    public static ClusteringSnapshot? Deserialize(string json)
    {
        var snapshot = JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.ClusteringSnapshot);
        return snapshot?.Version == ClusteringSnapshot.CurrentVersion ? snapshot : null;
    }
}

[JsonSerializable(typeof(ClusteringSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
