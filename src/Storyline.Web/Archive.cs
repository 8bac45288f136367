using System.Collections.Concurrent;
using Storyline.Dossiers;
using Storyline.Entities;
using Storyline.Export;
using Storyline.Storage.Sqlite;

namespace Storyline.Web;

/// <summary>
/// The server's view of the store. Opens a pooled read connection per request, and keeps what is costly
/// to work out — the entity catalog, story dossiers and story list pages — until the store changes (a new article or
/// catalog entry) or for at most <see cref="Freshness"/>, so repeated requests for a story are served from memory.
/// </summary>
public sealed class Archive(ServerOptions options)
{
    private const int MaxCachedStories = 256;

    /// <summary>How long what is kept may be served without looking again. The generation misses changes that add no
    /// row (an article updated in place, articles placed in stories after they were stored); this bounds how long
    /// such a change goes unseen.</summary>
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, StoryView> _stories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int Limit, int Offset), (CatalogView Catalog, ResultPage<StoryListing> Page)> _storyLists = new();
    private readonly DossierBuilder _dossiers = new();
    private volatile CatalogView? _catalog;

    public SqliteArchive Open() => SqliteArchive.Open(options.Database);

    public CatalogView Catalog(SqliteArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var generation = archive.Generation();
        var catalog = _catalog;
        if (catalog is null || catalog.Generation != generation || catalog.Age > Freshness)
        {
            catalog = new CatalogView(generation, EntityCatalog.FromEntries(archive.ReadCatalog()));
            _catalog = catalog;
            _stories.Clear();
            _storyLists.Clear();
        }

        return catalog;
    }

    /// <summary>A page of the story list; grouping every article by story is costly, so a page is kept until the store changes.</summary>
    public ResultPage<StoryListing> Stories(SqliteArchive archive, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var catalog = Catalog(archive);
        if (_storyLists.TryGetValue((limit, offset), out var cached) && ReferenceEquals(cached.Catalog, catalog))
        {
            return cached.Page;
        }

        var page = archive.Stories(limit, offset);
        if (_storyLists.Count >= MaxCachedStories)
        {
            _storyLists.Clear();
        }

        _storyLists[(limit, offset)] = (catalog, page);
        return page;
    }

    /// <summary>A story with its dossier, or null when there is no such story.</summary>
    public StoryView? Story(SqliteArchive archive, string storyId)
    {
        var catalog = Catalog(archive);
        if (_stories.TryGetValue(storyId, out var cached) && ReferenceEquals(cached.Catalog, catalog))
        {
            return cached;
        }

        var articles = archive.StoryArticles(storyId, Limits.DossierArticles).Select(catalog.Name).ToList();
        if (articles.Count == 0)
        {
            return null;
        }

        var (count, first, last, outlets) = archive.StoryFacts(storyId);
        var opening = articles.OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal).First();
        var story = new StoryView(
            catalog, storyId, opening.Title ?? opening.Id, count, first, last, outlets, articles, _dossiers.Build(articles));
        if (_stories.Count >= MaxCachedStories)
        {
            _stories.Clear();
        }

        _stories[storyId] = story;
        return story;
    }

    /// <summary>Forgets everything cached, after this server stored new articles.</summary>
    public void Changed()
    {
        _catalog = null;
        _stories.Clear();
        _storyLists.Clear();
    }
}

/// <summary>The entity catalog as of one state of the store, with each canonical name's catalog id.</summary>
public sealed class CatalogView
{
    private readonly EntityCatalog _catalog;
    private readonly Dictionary<string, CatalogEntry> _byId;
    private readonly Dictionary<string, string> _idByName;

    private readonly long _loadedAt = Environment.TickCount64;

    public CatalogView((long, long) generation, EntityCatalog catalog)
    {
        Generation = generation;
        _catalog = catalog;
        var entries = catalog.ToEntries();
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _idByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _idByName.TryAdd(entry.CanonicalName, entry.Id);
        }
    }

    public (long, long) Generation { get; }

    public TimeSpan Age => TimeSpan.FromMilliseconds(Environment.TickCount64 - _loadedAt);

    public ArticleRecord Name(ArticleRecord record) => CatalogNaming.Apply(record, _catalog);

    public CatalogEntry? Entry(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The catalog id of an entity or speaker by its canonical name, or null for a name the catalog does not hold.</summary>
    public string? IdOf(string? name) => name is null ? null : _idByName.GetValueOrDefault(name);
}

/// <summary>A story as its page shows it: the newest articles (at most <see cref="Limits.DossierArticles"/>) with
/// the dossier built from them, and facts about the whole story, named by <see cref="Catalog"/>.</summary>
public sealed record StoryView(
    CatalogView Catalog,
    string Id,
    string Title,
    int ArticleCount,
    string? First,
    string? Last,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<ArticleRecord> Articles,
    Dossier Dossier);
