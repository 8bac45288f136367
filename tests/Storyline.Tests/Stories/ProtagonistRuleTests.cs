using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>The rules that tell two happenings of one kind apart by whom their reports are about.</summary>
public class ProtagonistRuleTests
{
    private const string TarkashOffAden =
        "The Indian Navy frigate Tarkash foiled a pirate attack on a merchant ship off Aden on Thursday. " +
        "Tarkash answered a distress call from the merchant ship and sent marine commandos in a helicopter from Aden. " +
        "The pirates in two skiffs fled when Tarkash fired warning shots, and the commandos seized their rifles. " +
        "Officers aboard Tarkash said the merchant ship and its crew were safe and would sail on to Aden, where port officials in Aden thanked the navy.";

    private const string KalvariOffAden =
        "Pirates in three skiffs abandoned a raid on a tanker off Aden after the Indian frigate Kalvari arrived on Thursday. " +
        "Kalvari had heard the tanker's distress call and flew marine commandos over from Aden by helicopter. " +
        "Warning shots from Kalvari scattered the raiders, and the commandos took their weapons. " +
        "The tanker's sailors were unhurt, an officer on Kalvari said, and the tanker reached Aden, where port officials in Aden praised the navy.";

    private const string TarkashNamedTwice =
        "The Indian Navy frigate Tarkash foiled a pirate attack on a merchant ship in the Gulf of Aden on Thursday. " +
        "The frigate answered a distress call from the merchant ship and sent marine commandos in a helicopter. " +
        "The pirates in two skiffs fled when the frigate fired warning shots, and the commandos seized their rifles. " +
        "Officers aboard Tarkash said the merchant ship and its crew were safe.";

    private const string KalvariNamedTwice =
        "Pirates in three skiffs abandoned a raid on a tanker in the Gulf of Aden after the Indian frigate Kalvari arrived on Thursday. " +
        "The frigate had heard the tanker's distress call and flew marine commandos over by helicopter. " +
        "Warning shots from the frigate scattered the raiders, and the commandos took their weapons. " +
        "The tanker's sailors were unhurt, an officer on Kalvari said.";

    private static readonly StoryClustererOptions WarmArchive = new() { ColdStartMargin = 0 };

    [Fact]
    public void A_place_both_reports_make_much_of_does_not_make_two_raids_one()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Navy frigate foils pirate attack off Aden", TarkashOffAden, 0, ["Tarkash", "Aden", "Indian Navy"], ["Aden"]));

        var second = clusterer.Assign(Input("b", "Pirates flee Indian frigate off Aden", KalvariOffAden, 1, ["Kalvari", "Aden"], ["Aden"]));

        Assert.NotEqual(first.EventId, second.EventId);
        Assert.Equal(first.StoryId, second.StoryId);
    }

    [Fact]
    public void When_names_are_not_known_to_be_places_a_shared_place_holds_two_raids_together()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Navy frigate foils pirate attack off Aden", TarkashOffAden, 0, ["Tarkash", "Aden", "Indian Navy"], null));

        var second = clusterer.Assign(Input("b", "Pirates flee Indian frigate off Aden", KalvariOffAden, 1, ["Kalvari", "Aden"], null));

        Assert.Equal(first.EventId, second.EventId);
    }

    [Fact]
    public void Reports_whose_most_used_names_are_used_twice_and_missing_from_each_other_are_different_events()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Indian frigate foils pirate attack in Gulf of Aden", TarkashNamedTwice, 0, ["Tarkash", "Gulf of Aden"], ["Gulf of Aden"]));

        var second = clusterer.Assign(Input("b", "Pirates flee Indian frigate off Yemen", KalvariNamedTwice, 1, ["Kalvari", "Gulf of Aden", "Yemen"], ["Gulf of Aden", "Yemen"]));

        Assert.NotEqual(first.EventId, second.EventId);
    }

    [Fact]
    public void Names_a_report_uses_only_twice_are_not_what_it_makes_much_of()
    {
        // A veto rather than a discount, so only whether the protagonists conflict decides.
        var clusterer = new StoryClusterer(WarmArchive with { ConflictDiscount = 0 });
        var first = clusterer.Assign(Input(
            "a",
            "Indian frigate foils pirate attack in Gulf of Aden",
            "The Indian frigate Tarkash foiled a pirate attack on a merchant ship in the Gulf of Aden on Thursday. " +
            "Tarkash answered a distress call and sent marine commandos in a helicopter, Admiral Sureesh Mehta said. " +
            "The pirates in two skiffs fled when Tarkash fired warning shots, said Mehta.",
            0,
            ["Tarkash", "Gulf of Aden", "Sureesh Mehta"],
            ["Gulf of Aden"]));

        var second = clusterer.Assign(Input(
            "b",
            "Indian frigate drives off pirates in Gulf of Aden",
            "An Indian frigate, the Tarkash, drove off pirates in two skiffs who attacked a merchant ship in the Gulf of Aden on Thursday. " +
            "Captain Vikram Kumar said his ship answered a distress call and sent commandos in a helicopter. " +
            "Kumar said warning shots were enough to make the pirates flee.",
            1,
            ["Tarkash", "Gulf of Aden", "Vikram Kumar"],
            ["Gulf of Aden"]));

        Assert.Equal(first.EventId, second.EventId);
    }

    [Fact]
    public void Members_that_name_no_one_often_do_not_outvote_a_protagonist_conflict()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        var first = clusterer.Assign(Input("a", "Indian frigate foils pirate attack in Gulf of Aden", TarkashNamedTwice, 0, ["Tarkash", "Gulf of Aden"], ["Gulf of Aden"]));
        var nameless = clusterer.Assign(Input(
            "b",
            "Frigate foils pirate attack",
            "A frigate foiled a pirate attack on a merchant ship in the Gulf of Aden on Thursday. " +
            "It answered the merchant ship's distress call and sent commandos in a helicopter, and the pirates in two skiffs fled after warning shots.",
            1,
            ["Gulf of Aden"],
            ["Gulf of Aden"]));

        var other = clusterer.Assign(Input("c", "Pirates flee Indian frigate off Yemen", KalvariNamedTwice, 2, ["Kalvari", "Gulf of Aden", "Yemen"], ["Gulf of Aden", "Yemen"]));

        Assert.Equal(first.EventId, nameless.EventId);
        Assert.NotEqual(first.EventId, other.EventId);
    }

    [Fact]
    public void Restored_state_keeps_how_many_protagonists_each_member_makes_much_of()
    {
        var clusterer = new StoryClusterer(WarmArchive);
        clusterer.Assign(Input("a", "Navy frigate foils pirate attack off Aden", TarkashOffAden, 0, ["Tarkash", "Aden", "Indian Navy"], ["Aden"]));
        var saved = clusterer.ToSnapshot();

        var restored = StoryClusterer.Restore(ClusteringSnapshotJson.Deserialize(ClusteringSnapshotJson.Serialize(saved))!, WarmArchive).ToSnapshot();

        var member = Assert.Single(Assert.Single(restored.Events.Events).RecentMembers);
        Assert.Equal(["tarkash", "navy"], member.Protagonists);
        Assert.Equal(Assert.Single(Assert.Single(saved.Events.Events).RecentMembers).Emphasised, member.Emphasised);
        Assert.NotNull(member.Emphasised);
        Assert.Equal(ClusteringSnapshotJson.Serialize(saved), ClusteringSnapshotJson.Serialize(restored));
    }

    private static ClusterInput Input(string id, string title, string text, long order, IReadOnlyList<string> entities, IReadOnlyList<string>? places) =>
        new(id, title, text, null, order, entities, [], [], null, places);
}
