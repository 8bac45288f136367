using Storyline.Documents;
using Storyline.Html;

namespace Storyline.Tests.Html;

public class HtmlArticleExtractorTests
{
    private const string First = "The Korvel dam on the river Sarn burst before dawn on Friday, sending water through the lower districts of Medran.";
    private const string Second = "Crews searched the flooded streets all morning, and the mayor said 1,200 people had left their homes by noon.";
    private const string Third = "Engineers had warned in March that the dam's spillway was cracked, according to a report seen by the Herald.";

    private static readonly HtmlArticleExtractor Extractor = new();

    private static string Body(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    private static string Page(string body, string head = "") => $"<html><head>{head}</head><body>{body}</body></html>";

    private static List<string> Texts(string html) => Extractor.Extract(html).Blocks.Select(b => b.Text).ToList();

    [Fact]
    public void The_container_with_the_prose_wins_over_the_page_around_it()
    {
        var html = Page($"<div class='menu-strip'><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></div>"
            + $"<div id='story'>{Body(First, Second, Third)}</div>"
            + "<div><p>Copyright the Medran Herald, all rights reserved, 2025.</p></div>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Headings_lists_and_block_quotes_of_the_article_are_kept_with_their_kind()
    {
        var html = Page($"<article>{Body(First)}<h2>What went wrong</h2>{Body(Second)}"
            + "<ul><li>The spillway had cracked in March.</li><li>Repairs were put off twice.</li></ul>"
            + $"<blockquote>We lost everything in an hour, said one resident.</blockquote>{Body(Third)}</article>");

        var blocks = Extractor.Extract(html).Blocks;

        Assert.Equal(
            [First, "What went wrong", Second, "The spillway had cracked in March.", "Repairs were put off twice.", "We lost everything in an hour, said one resident.", Third],
            blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, blocks[1].Kind);
        Assert.All(blocks.Where(b => b.Text != "What went wrong"), b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_link_dense_block_inside_the_article_is_dropped()
    {
        var links = "<div><a href='/a'>Storm hits the coast overnight</a> <a href='/b'>Election date is set at last</a> <a href='/c'>Prices rise again in May</a></div>";
        var html = Page($"<article>{Body(First, Second)}{links}{Body(Third)}</article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void A_comment_section_is_dropped()
    {
        var comments = "<section class='comments'><p>I always said that dam would go one day, nobody listened to us, nobody ever does.</p>"
            + "<p>Thoughts with everyone in Medran tonight, stay safe, and please look after your neighbours.</p></section>";
        var html = Page($"<article>{Body(First, Second, Third)}{comments}</article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Share_bars_related_links_cookie_notices_and_newsletter_boxes_are_dropped()
    {
        var html = Page("<div class='cookie-banner'><p>We use cookies to improve your experience, by continuing you accept them.</p></div>"
            + $"<article><div class='share-bar'><p>Share this story with your friends, family and colleagues.</p></div>{Body(First, Second)}"
            + "<div class='newsletter-signup'><p>Get the morning briefing in your inbox, every day, for free.</p></div>"
            + $"{Body(Third)}<div class='related-stories'><p>Another dam in the region was inspected last year, officials said.</p></div></article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Captions_navigation_and_asides_are_not_article_text()
    {
        var html = Page("<nav><p>Home, World, Sport, Business, Culture, Opinion and more sections.</p></nav>"
            + $"<article><figure><img src='a.jpg'><figcaption>Water pours through the broken dam, photographed on Friday.</figcaption></figure>{Body(First, Second)}"
            + $"<aside><p>Read more about dams across the country in our special series.</p></aside>{Body(Third)}</article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Text_split_by_line_breaks_in_one_division_is_a_paragraph_each()
    {
        var html = Page($"<div class='post-body'>{First}<br><br>{Second}<br>{Third}</div><div class='footer-links'><a href='/'>About</a></div>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void The_schema_org_article_body_is_preferred_to_a_longer_block_of_prose_beside_it()
    {
        var other = "Medran's town council met on Thursday to discuss parking, bins, and the new library, and agreed, after long debate, to meet again.";
        var html = Page($"<div><div>{Body(other, other.Replace("Thursday", "Monday"), other.Replace("Thursday", "Tuesday"))}</div>"
            + $"<div itemprop='articleBody'>{Body(First, Second, Third)}</div></div>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void A_page_whose_markup_hides_the_article_falls_back_to_its_json_ld_article_body()
    {
        var jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n" + Second + "\\n" + Third + "\"}</script>";
        var html = Page("<div id='app'><p>Loading the latest news for you.</p></div>", jsonLd);

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void When_class_names_hide_everything_the_hints_are_ignored()
    {
        var html = Page($"<div class='sidebar-layout'>{Body(First, Second, Third)}</div>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void The_headline_printed_above_the_body_is_not_body_text()
    {
        var html = Page($"<article><h1>Dam bursts above Medran</h1>{Body(First, Second, Third)}</article>", "<title>Dam bursts above Medran</title>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void A_headline_that_opens_the_page_title_before_the_site_name_is_not_body_text()
    {
        var html = Page($"<article><h1>Dam bursts above Medran</h1>{Body(First, Second, Third)}</article>", "<title>Dam bursts above Medran | Medran Herald</title>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Chunks_of_the_article_between_advertisements_are_joined_in_reading_order()
    {
        var html = Page($"<main><div class='grid'><div class='article-chunk'>{Body(First, Second)}</div></div>"
            + "<div class='ad-slot'><p>Buy the new Medran phone today, now with a bigger screen and better battery.</p></div>"
            + $"<div class='grid'><div class='article-chunk'>{Body(Third, Second.Replace("noon", "evening"))}</div></div></main>");

        Assert.Equal([First, Second, Third, Second.Replace("noon", "evening")], Texts(html));
    }

    [Fact]
    public void A_caption_named_by_its_class_is_dropped_even_when_the_class_also_names_news()
    {
        var html = Page($"<article>{Body(First)}<div class='newsCaption'>Water pours through the broken dam on Friday morning.</div>{Body(Second, Third)}</article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Paywalled_text_on_the_page_is_article_text()
    {
        var html = Page($"<article>{Body(First)}<div class='paywall'>{Body(Second, Third)}</div></article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Scripts_styles_and_comments_leave_no_text()
    {
        var html = Page($"<article><script>var x = '<p>not text</p>';</script><style>p {{ color: red }}</style><!-- <p>old</p> -->{Body(First, Second, Third)}</article>");

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void Malformed_markup_is_read_as_a_browser_reads_it()
    {
        var html = $"<html><body><div><p>{First}<p>{Second}<div><p>{Third}</b></i></span>";

        Assert.Equal([First, Second, Third], Texts(html));
    }

    [Fact]
    public void A_page_nested_deeper_than_any_article_does_not_exhaust_the_stack()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 20_000)) + First);

        var article = Extractor.Extract(html);

        Assert.NotNull(article);
    }

    [Fact]
    public void A_page_without_text_has_no_blocks()
    {
        Assert.Empty(Extractor.Extract(Page("<img src='a.jpg'>")).Blocks);
    }

    [Fact]
    public void Bytes_are_decoded_with_the_charset_the_page_declares()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(Page($"<article>{Body("Le barrage a cédé vendredi à l'aube, a déclaré le maire de Medran, qui a parlé d'une catastrophe.")}</article>", "<meta charset='iso-8859-1'>"));

        var (article, refusal) = Extractor.Extract(bytes);

        Assert.Null(refusal);
        Assert.StartsWith("Le barrage a cédé", Assert.Single(article!.Blocks).Text);
    }
}
