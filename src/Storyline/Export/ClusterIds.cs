namespace Storyline.Export;

/// <summary>
/// The event and story ids of an article that no clusterer has placed yet: until clustering runs,
/// each article is its own event and its own story.
/// </summary>
public static class ClusterIds
{
    public static string EventOf(string articleId) => "event-" + articleId;

    public static string StoryOf(string articleId) => "story-" + articleId;
}
