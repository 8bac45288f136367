using System.Text.Json;
using Storyline.Stories;

namespace Storyline.Tests.Stories;

public class StoryClustererTests
{
    private const string WarehouseFire =
        "A fire destroyed the historic Matanuska Maid warehouse in downtown Palmer early on Tuesday. " +
        "Firefighters from Palmer and the Mat-Su borough fought the blaze for three hours before it was out. " +
        "No one was injured in the fire. The state fire marshal is investigating the cause of the blaze at the warehouse.";

    private const string WarehouseFireOtherOutlet =
        "Palmer firefighters could not save the old Matanuska Maid warehouse, which burned down overnight on Tuesday. " +
        "Crews from across the Mat-Su borough answered the call, and the building is a total loss. " +
        "Nobody was hurt. Investigators from the state fire marshal office are looking into what started the warehouse blaze.";

    private const string ChurchFire =
        "A fire caused about one million dollars of damage to the Wasilla Bible Church on Friday night while a choir rehearsed inside. " +
        "Everyone escaped and the pastor, Larry Kroon, said the congregation would worship in a school gym. " +
        "Detectives in Wasilla are treating the church fire as a possible arson.";

    private const string RateRise =
        "The central bank raised its main interest rate by half a point to curb inflation, the largest increase in a decade. " +
        "Economists had expected a smaller move after consumer prices rose faster than wages for a fourth month. " +
        "Mortgage lenders said repayments on variable loans would climb from next month.";

    private const string TarkashRaid =
        "The Indian Navy frigate Tarkash foiled a pirate attack on a merchant ship in the Gulf of Aden on Thursday. " +
        "Tarkash answered a distress call from the merchant ship and sent marine commandos in a helicopter. " +
        "The pirates in two skiffs fled when Tarkash fired warning shots, and the commandos seized their rifles. " +
        "Officers aboard Tarkash said the merchant ship and its crew were safe.";

    private const string KalvariRaid =
        "Pirates in three skiffs abandoned a raid on a tanker in the Gulf of Aden after the Indian frigate Kalvari arrived on Thursday. " +
        "Kalvari had heard the tanker's distress call and flew marine commandos over by helicopter. " +
        "Warning shots from Kalvari scattered the raiders, and the commandos took their weapons. " +
        "The tanker's sailors were unhurt, an officer on Kalvari said.";

    private static readonly StoryClustererOptions WarmArchive = new() { ColdStartMargin = 0 };

    [Fact]
    public void Exact_copy_is_a_duplicate_of_the_earlier_article()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));

        var copy = clusterer.Assign(Input("b", "FIRE DESTROYS PALMER WAREHOUSE", WarehouseFire.Replace(".", " .", StringComparison.Ordinal), 1));

        Assert.Equal("a", copy.DuplicateOf);
        Assert.Equal(DuplicateKind.ExactCopy, copy.DuplicateKind);
        Assert.Equal(first.EventId, copy.EventId);
    }

    [Fact]
    public void Near_copy_with_one_changed_sentence_is_a_duplicate()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));
        var edited = WarehouseFire.Replace("No one was injured in the fire.", "Two firefighters were treated for smoke inhalation.", StringComparison.Ordinal);

        var copy = clusterer.Assign(Input("b", "Fire destroys Palmer warehouse", edited, 1));

        Assert.Equal("a", copy.DuplicateOf);
        Assert.Equal(DuplicateKind.NearCopy, copy.DuplicateKind);
    }

    [Fact]
    public void Report_of_the_same_event_by_another_outlet_joins_the_event_but_is_not_a_duplicate()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));

        var other = clusterer.Assign(Input("b", "Historic Matanuska Maid warehouse lost to overnight blaze", WarehouseFireOtherOutlet, 1));

        Assert.Equal(first.EventId, other.EventId);
        Assert.Null(other.DuplicateOf);
    }

    [Fact]
    public void Unrelated_article_opens_a_new_event_and_story()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var fire = clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));

        var rates = clusterer.Assign(Input("b", "Central bank raises rates by half a point", RateRise, 1));

        Assert.NotEqual(fire.EventId, rates.EventId);
        Assert.NotEqual(fire.StoryId, rates.StoryId);
    }

    [Fact]
    public void Two_events_of_the_same_kind_with_different_places_and_people_are_different_events()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var warehouse = clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));

        var church = clusterer.Assign(Input("b", "Fire damages Wasilla church", ChurchFire, 1));

        Assert.NotEqual(warehouse.EventId, church.EventId);
    }

    [Fact]
    public void Reports_of_one_kind_each_about_a_name_the_other_never_mentions_are_different_events()
    {
        var (first, second) = AssignTwoRaids(WarmArchive);

        Assert.NotEqual(first.EventId, second.EventId);
        Assert.Equal(first.StoryId, second.StoryId);
    }

    [Fact]
    public void Without_the_protagonist_discount_reports_of_one_kind_with_different_protagonists_merge()
    {
        var (first, second) = AssignTwoRaids(WarmArchive with { ConflictDiscount = 1 });

        Assert.Equal(first.EventId, second.EventId);
    }

    [Fact]
    public void Events_sharing_their_actors_are_linked_into_one_story()
    {
        var clusterer = new StoryClusterer();
        var interview = clusterer.Assign(Input(
            "a",
            "Kuleba says Ukraine will not accept concessions to Russia",
            "Ukrainian Foreign Minister Dmytro Kuleba said in an interview that Ukraine will not accept any concessions made behind its back. " +
            "Kuleba spoke as Russia keeps troops near the border of Ukraine and NATO allies weigh their response. " +
            "He said Vladimir Putin wants to divide the West.",
            0));

        var talks = clusterer.Assign(Input(
            "b",
            "Russia rules out concessions before Geneva talks with United States",
            "Russian Deputy Foreign Minister Sergei Ryabkov ruled out concessions on Sunday before talks in Geneva with American diplomats. " +
            "The meeting on Monday follows demands by Vladimir Putin that NATO never admit Ukraine. " +
            "Ryabkov said Russia was disappointed by signals from Washington.",
            1));

        Assert.NotEqual(interview.EventId, talks.EventId);
        Assert.Equal(interview.StoryId, talks.StoryId);
    }

    [Fact]
    public void Restored_state_continues_the_same_events_and_numbering()
    {
        var first = new StoryClusterer(WarmArchive);
        var fire = first.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));
        var json = JsonSerializer.Serialize(first.ToSnapshot());

        var second = StoryClusterer.Restore(JsonSerializer.Deserialize<ClusteringSnapshot>(json)!, WarmArchive);
        var sameEvent = second.Assign(Input("b", "Historic Matanuska Maid warehouse lost to overnight blaze", WarehouseFireOtherOutlet, 1));
        var newEvent = second.Assign(Input("c", "Central bank raises rates by half a point", RateRise, 2));

        Assert.Equal(fire.EventId, sameEvent.EventId);
        Assert.Equal("evt-000002", newEvent.EventId);
    }

    [Fact]
    public void State_saved_before_protagonists_were_kept_still_continues_its_events()
    {
        var first = new StoryClusterer(WarmArchive);
        var fire = first.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));
        var json = ClusteringSnapshotJson.Serialize(first.ToSnapshot());
        var older = System.Text.RegularExpressions.Regex.Replace(json, ",\"Protagonists\":\\[[^\\]]*\\]", string.Empty);

        var second = StoryClusterer.Restore(ClusteringSnapshotJson.Deserialize(older)!, WarmArchive);
        var sameEvent = second.Assign(Input("b", "Historic Matanuska Maid warehouse lost to overnight blaze", WarehouseFireOtherOutlet, 1));

        Assert.NotEqual(json, older);
        Assert.DoesNotContain("Protagonists", older, StringComparison.Ordinal);
        Assert.Equal(fire.EventId, sameEvent.EventId);
    }

    [Fact]
    public void Retranslation_with_the_same_quotes_figures_and_lead_is_a_duplicate()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        clusterer.Assign(Input(
            "a",
            "Moscow rejects any concession in talks with Washington",
            "Russia ruled out on Sunday making any concessions in talks with the United States in Geneva on Ukraine and security in Europe. " +
            "\"We will not accept any concessions,\" Deputy Foreign Minister Sergei Ryabkov told Russian news agencies. " +
            "\"We are disappointed by the signals received in recent days from Washington and Brussels,\" he added. " +
            "The West accuses Russia of massing 100,000 troops on the border of Ukraine ahead of a possible invasion. " +
            "Representatives of Russia and the United States will meet in Geneva on Monday.",
            0));

        var retold = clusterer.Assign(Input(
            "b",
            "Moscow rules out concessions ahead of Geneva talks with America",
            "Russia on Sunday excluded offering any concessions before its talks in Geneva with the United States over Ukraine and European security. " +
            "\"We will not accept any concessions at all,\" Russian Deputy Foreign Minister Sergei Ryabkov told Russian agencies. " +
            "\"We were disappointed by the signals sent in recent days by Washington and by Brussels,\" he said. " +
            "Western capitals accuse Russia of gathering 100,000 soldiers at the Ukraine border for a possible invasion. " +
            "The delegations of Russia and the United States meet in Geneva on Monday.",
            1));

        Assert.Equal("a", retold.DuplicateOf);
        Assert.Equal(DuplicateKind.Retranslation, retold.DuplicateKind);
    }

    [Fact]
    public void Splitting_the_input_into_runs_does_not_change_the_assignments()
    {
        var inputs = new[]
        {
            Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0),
            Input("b", "Central bank raises rates by half a point", RateRise, 1),
            Input("c", "Historic Matanuska Maid warehouse lost to overnight blaze", WarehouseFireOtherOutlet, 2),
            Input("d", "Fire damages Wasilla church", ChurchFire, 3),
        };
        var oneRun = new StoryClusterer();
        var expected = inputs.Select(oneRun.Assign).ToList();

        var firstRun = new StoryClusterer();
        var actual = inputs.Take(2).Select(firstRun.Assign).ToList();
        var saved = JsonSerializer.Serialize(firstRun.ToSnapshot());
        var secondRun = StoryClusterer.Restore(JsonSerializer.Deserialize<ClusteringSnapshot>(saved)!);
        actual.AddRange(inputs.Skip(2).Select(secondRun.Assign));

        Assert.Equal(expected, actual);
    }

    /// <summary>Two raids foiled by two frigates, each report naming its own ship again and again.</summary>
    private static (ClusterAssignment First, ClusterAssignment Second) AssignTwoRaids(StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options);
        var first = clusterer.Assign(Input("a", "Navy frigate foils pirate attack in Gulf of Aden", TarkashRaid, 0));
        return (first, clusterer.Assign(Input("b", "Pirates flee Indian frigate off Yemen", KalvariRaid, 1)));
    }

    [Fact]
    public void An_event_idle_past_its_window_is_let_go_with_its_story()
    {
        var clusterer = new StoryClusterer(WarmArchive with { RetireEvery = 1, RetireMarginDays = 0 });
        var fire = clusterer.Assign(ClusterInput.FromText("a", "Fire destroys Palmer warehouse", WarehouseFire, 0, new DateOnly(2025, 3, 1)));
        clusterer.Assign(ClusterInput.FromText("b", "Central bank raises rates by half a point", RateRise, 1, new DateOnly(2025, 9, 1)));

        clusterer.Assign(ClusterInput.FromText("c", "Church fire in Wasilla", ChurchFire, 2, new DateOnly(2025, 9, 2)));

        var snapshot = clusterer.ToSnapshot();
        Assert.DoesNotContain(snapshot.Events.Events, e => e.Id == fire.EventId);
        Assert.DoesNotContain(snapshot.Stories.Stories, s => s.Id == fire.StoryId);
        Assert.DoesNotContain(snapshot.Events.Index.Values, ids => ids.Contains(fire.EventId));
        Assert.DoesNotContain(snapshot.Duplicates.Reports, r => r.ArticleId == "a");
    }

    [Fact]
    public void An_event_within_its_window_is_kept()
    {
        var clusterer = new StoryClusterer(WarmArchive with { RetireEvery = 1, RetireMarginDays = 0 });
        var fire = clusterer.Assign(ClusterInput.FromText("a", "Fire destroys Palmer warehouse", WarehouseFire, 0, new DateOnly(2025, 3, 1)));
        clusterer.Assign(ClusterInput.FromText("b", "Central bank raises rates by half a point", RateRise, 1, new DateOnly(2025, 3, 5)));

        var other = clusterer.Assign(ClusterInput.FromText("c", "Historic Matanuska Maid warehouse lost to overnight blaze", WarehouseFireOtherOutlet, 2, new DateOnly(2025, 3, 6)));

        Assert.Equal(fire.EventId, other.EventId);
    }

    [Fact]
    public void An_undated_event_is_let_go_after_enough_later_articles()
    {
        var clusterer = new StoryClusterer(WarmArchive with { RetireEvery = 1, RetireAfterArticles = 2 });
        var fire = clusterer.Assign(Input("a", "Fire destroys Palmer warehouse", WarehouseFire, 0));
        clusterer.Assign(Input("b", "Central bank raises rates by half a point", RateRise, 1));
        clusterer.Assign(Input("c", "Church fire in Wasilla", ChurchFire, 2));

        clusterer.Assign(Input("d", "Rates rise again", RateRise + " Markets fell.", 3));

        Assert.DoesNotContain(clusterer.ToSnapshot().Events.Events, e => e.Id == fire.EventId);
    }

    [Fact]
    public void The_state_of_a_long_stream_holds_only_its_recent_events()
    {
        var clusterer = new StoryClusterer(WarmArchive with { RetireEvery = 10, RetireMarginDays = 0, EventWindowDays = 7, StoryWindowDays = 20 });
        for (var day = 0; day < 200; day++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 30).Select(w => $"w{day}x{w}")) + ".";
            clusterer.Assign(ClusterInput.FromText($"a{day}", $"Report {day}", text, day, new DateOnly(2025, 1, 1).AddDays(day)));
        }

        var snapshot = clusterer.ToSnapshot();
        Assert.InRange(snapshot.Events.Events.Count, 1, 10 + 7 + 1);
        Assert.InRange(snapshot.Stories.Stories.Count, 1, 10 + 20 + 1);
        Assert.InRange(snapshot.Duplicates.Reports.Count, 1, 10 + 7 + 1);
    }

    private static ClusterInput Input(string id, string title, string text, long order) =>
        ClusterInput.FromText(id, title, text, order);
}
