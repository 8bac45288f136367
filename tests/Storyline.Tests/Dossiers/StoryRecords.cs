using Storyline.Export;

namespace Storyline.Tests.Dossiers;

/// <summary>Small invented exchange records for dossier tests.</summary>
internal static class StoryRecords
{
    public static ArticleRecord Article(
        string id,
        string text = "",
        string? published = null,
        string[]? outlets = null,
        NumberRecord[]? numbers = null,
        TimeRecord[]? times = null,
        QuoteRecord[]? quotes = null,
        string? eventId = null,
        string? duplicateOf = null,
        EntityRecord[]? entities = null) =>
        new(
            Id: id,
            Title: "Title of " + id,
            Published: published,
            Outlets: outlets ?? [],
            Dateline: null,
            Text: text,
            Entities: entities ?? [],
            Quotes: quotes ?? [],
            Numbers: numbers ?? [],
            Times: times ?? [],
            Event: eventId ?? "event-" + id,
            Story: "story-1",
            DuplicateOf: duplicateOf,
            Author: null,
            Origin: null);

    public static NumberRecord Figure(double? value, string unit, string qualifier = "exact", string? sentence = null) =>
        new(value?.ToString() ?? "tens of thousands", value, unit, qualifier, sentence);

    public static TimeRecord Date(string value) => new(value, "DATE", value);
}
