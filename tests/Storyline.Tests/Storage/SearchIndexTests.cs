using Microsoft.Data.Sqlite;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Storage;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("storyline-search-").FullName;

    private string DatabasePath => Path.Combine(_directory, "storyline.db");

    [Fact]
    public void A_stored_article_is_found_by_a_word_of_its_text()
    {
        Store(TestArticles.Analyzed("a1", "The ferry crews walked out."), TestArticles.Analyzed("a2", "Rain fell all day."));

        Assert.Equal(["a1"], Search(new SearchQuery("ferry")));
    }

    [Fact]
    public void An_updated_article_is_found_by_its_new_words_and_no_longer_by_its_old_ones()
    {
        Store(TestArticles.Analyzed("a1", "The ferry crews walked out."));
        Store(TestArticles.Analyzed("a1", "The train crews walked out."));

        Assert.Empty(Search(new SearchQuery("ferry")));
        Assert.Equal(["a1"], Search(new SearchQuery("train")));
    }

    [Fact]
    public void A_date_range_leaves_out_articles_published_outside_it()
    {
        Store(TestArticles.Analyzed("a1", "The ferry crews walked out."));

        Assert.Equal(["a1"], Search(new SearchQuery("ferry", From: "2021-12-04", To: "2021-12-04")));
        Assert.Empty(Search(new SearchQuery("ferry", From: "2021-12-05")));
    }

    [Fact]
    public void The_migration_indexes_articles_stored_before_it()
    {
        Store(TestArticles.Analyzed("a1", "The ferry crews walked out."));
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText =
                "DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_update; DROP TRIGGER articles_search_delete; " +
                "DROP TABLE article_search; DROP INDEX ix_articles_story_published; " +
                "DROP TABLE feed_validators; DROP TABLE fetched_urls; PRAGMA user_version = 3;";
            downgrade.ExecuteNonQuery();
        }

        SqliteStore.Open(DatabasePath).Dispose();

        Assert.Equal(["a1"], Search(new SearchQuery("ferry")));
    }

    [Fact]
    public void What_a_reader_types_is_searched_as_words_never_as_query_syntax()
    {
        var match = FullTextQuery.Build(new SearchQuery("title: \"ferry OR NEAR(strike"));

        Assert.Equal("\"title\" AND \"ferry\" AND \"OR\" AND \"NEAR\" AND \"strike\"", match);
    }

    [Fact]
    public void A_trailing_star_searches_for_words_starting_so()
    {
        Assert.Equal("\"negot\"*", FullTextQuery.Build(new SearchQuery("negot*")));
    }

    [Fact]
    public void A_date_range_is_covered_by_the_fewest_whole_years_months_and_days()
    {
        var words = FullTextQuery.DateWords(new DateOnly(2020, 12, 31), new DateOnly(2022, 2, 1));

        Assert.Equal(["d20201231", "y2021", "m202201", "d20220201"], words);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private void Store(params Analysis.AnalyzedArticle[] articles)
    {
        using var store = SqliteStore.Open(DatabasePath);
        store.SaveAll(articles, []);
    }

    private List<string> Search(SearchQuery query)
    {
        using var archive = SqliteArchive.Open(DatabasePath);
        return [.. archive.Search(query, 10, 0).Items.Select(h => h.ArticleId)];
    }
}
