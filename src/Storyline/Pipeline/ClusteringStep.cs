using Storyline.Cleaning;
using Storyline.Export;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline.Pipeline;

/// <summary>
/// Places the stored articles that have no event yet into events and stories, in time order, and
/// finds re-published copies. The clusterer resumes from the state the last run saved, so ids stay
/// stable and new articles extend what is stored. A copy and its original share the wire agencies
/// either credits: they are one agency report.
/// </summary>
public sealed class ClusteringStep(IClusterStore store)
{
    private const int PageSize = 512;
    private readonly OutletCatalog _outlets = OutletCatalog.Default;

    /// <summary>Clusters every unplaced article and says how many it placed and how many were copies.</summary>
    public (int Placed, int Copies) Run()
    {
        var state = store.ReadClusteringState();
        var clusterer = state is null ? new StoryClusterer() : StoryClusterer.Restore(state);
        var placed = 0;
        var copies = 0;
        while (true)
        {
            var page = store.ReadUnclustered(PageSize);
            if (page.Count == 0)
            {
                break;
            }

            var assignments = new List<(ClusterAssignment, IReadOnlyList<string>)>(page.Count);
            foreach (var (record, arrival) in page)
            {
                var assignment = clusterer.Assign(InputOf(record, arrival));
                placed++;
                IReadOnlyList<string> inherited = [];
                if (assignment.DuplicateOf is { } original)
                {
                    copies++;
                    var originalOutlets = store.OutletsOf(original);
                    inherited = [.. originalOutlets.Where(_outlets.IsWireAgency).Except(record.Outlets, StringComparer.Ordinal)];
                    // One report, two pages: the earlier page carries the agency its copy credits too.
                    IReadOnlyList<string> given = [.. record.Outlets.Where(_outlets.IsWireAgency).Except(originalOutlets, StringComparer.Ordinal)];
                    if (given.Count > 0)
                    {
                        store.AddCredits(original, given);
                    }
                }

                assignments.Add((assignment, inherited));
            }

            store.SaveClusters(assignments);
        }

        if (placed > 0)
        {
            // The state is saved once per run: its size grows with the archive, the pages' work does not.
            store.SaveClusteringState(clusterer.ToSnapshot());
        }

        return (placed, copies);
    }

    private static ClusterInput InputOf(ArticleRecord record, long arrival) => new(
        record.Id,
        record.Title,
        record.Text,
        record.Published is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd") : null,
        arrival,
        [.. record.Entities.Select(e => e.Name)],
        [.. record.Quotes.Where(q => q.Kind != "indirect").Select(q => q.Text)],
        [.. record.Numbers.Where(n => n.Value is not null).Select(n => n.Value!.Value)],
        record.Dateline,
        [.. record.Entities.Where(e => e.Type is "GPE" or "LOC").Select(e => e.Name)]);
}
