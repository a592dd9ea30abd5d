package readout.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the article on a page: its own metadata first, then the densest prose, never the furniture. Pages written for the test. */
class HtmlExtractorTest {
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String html) throws Exception {
        return parser.parse("page.html", null, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> body(Article a) {
        return a.body().stream().map(p -> p.span().of(a.text())).toList();
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static final String STORY = "<p>The two ministers met in the capital on Monday, and they spoke for an hour about trade, "
            + "energy and the border.</p><p>They agreed to meet again next year, the ministry said in a statement.</p>"
            + "<p>The talks were the first since the spring, when both sides recalled their envoys.</p>";

    @Test
    void aJsonLdArticleBodyIsTheTextItsHeadlineTheTitleItsDateTheDate() throws Exception {
        String ld = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example"},
                  {"@type": ["NewsArticle"], "headline": "Ministers agree to meet again",
                   "datePublished": "2024-03-05T09:30:00+0100",
                   "articleBody": "The two ministers met on Monday, and they spoke for an hour about trade, energy and the border. They agreed to meet again next year, the ministry said in a statement. The talks were the first since the spring, when both sides recalled their envoys."}
                ]}</script>""";
        // the page's own markup holds a different, shorter lead: the body the page declares is what is recorded
        Article a = parse(page(ld + "<meta property=\"article:published_time\" content=\"2024-01-01\">",
                "<h1>Ministers agree</h1><div class=\"story\"><p>The two ministers met on Monday.</p></div>"));
        assertEquals("Ministers agree to meet again", a.title(), "the page's own headline");
        assertEquals("2024-03-05", a.publishedDate(), "JSON-LD's datePublished comes before the meta tags");
        assertTrue(a.text().contains("They agreed to meet again next year, the ministry said in a statement."));
        for (Paragraph p : a.paragraphs()) assertEquals(p.span().of(a.text()).strip(), p.span().of(a.text()), "spans index the text");
    }

    @Test
    void aBodyWithoutLineBreaksIsCutWhereThePagesParagraphsBegin() throws Exception {
        String body = "The two ministers met in the capital on Monday, and they spoke for an hour about trade, energy and the border. "
                + "They agreed to meet again next year, the ministry said in a statement. "
                + "The talks were the first since the spring, when both sides recalled their envoys.";
        String ld = "<script type=\"application/ld+json\">[{\"@type\": \"Article\", \"articleBody\": \"" + body + "\"}]</script>";
        Article a = parse(page(ld, "<article>" + STORY + "</article>"));
        assertEquals(List.of("The two ministers met in the capital on Monday, and they spoke for an hour about trade, energy and the border.",
                "They agreed to meet again next year, the ministry said in a statement.",
                "The talks were the first since the spring, when both sides recalled their envoys."), body(a));
    }

    @Test
    void aTruncatedArticleBodyIsATeaserAndThePageIsRead() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"ReportageNewsArticle\", \"articleBody\": "
                + "\"The two ministers met in the capital on Monday, and they spoke for an hour about trade, energy and the border. Subscribe to read…\"}</script>";
        String longer = STORY + "<p>Officials on both sides said more meetings would follow in the autumn, at a place to be agreed.</p>"
                + "<p>Trade between the two countries has doubled in five years, according to the customs office.</p>";
        Article a = parse(page(ld, "<article>" + longer + "</article>"));
        assertEquals(5, a.body().size());
        assertFalse(a.text().contains("Subscribe to read"));
    }

    @Test
    void aTeaserRailWithMoreTextThanAShortArticleIsNotTheArticle() throws Exception {
        StringBuilder rail = new StringBuilder("<div class=\"col\">");
        for (int i = 0; i < 6; i++) {
            rail.append("<div class=\"card\"><a href=\"/story/").append(i).append("\"><h3>Another story, number ").append(i)
                    .append("</h3><p>A long teaser sentence, with commas, with clauses, and with more words than the article has, ")
                    .append("runs on here to tempt the reader, story ").append(i).append(".</p></a></div>");
        }
        rail.append("</div>");
        Article a = parse(page("", "<div class=\"main\"><h1>Ministers meet</h1>"
                + "<p>The two ministers met in the capital on Monday to talk about trade.</p>"
                + "<p>They agreed to meet again next year, the ministry said.</p></div>" + rail));
        assertEquals(List.of("The two ministers met in the capital on Monday to talk about trade.",
                "They agreed to meet again next year, the ministry said."), body(a));
    }

    @Test
    void cookieAndSubscriptionBannersRelatedListsAndCommentsAreNotTheArticle() throws Exception {
        Article a = parse(page("", "<div id=\"cookie-consent\"><p>We use cookies, and similar tools, to improve your experience, "
                + "to measure traffic, and to show ads; by using this site you agree.</p></div>"
                + "<div class=\"article-body\">" + STORY
                + "<ul class=\"story-links\"><li><a href=\"/a\">Ministers met last year</a></li><li><a href=\"/b\">Envoys recalled</a></li></ul>"
                + "<ul><li>The first point, which the ministers agreed on.</li><li>The second point.</li></ul>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our daily briefing, with the news, the views, and the rest.</p></div>"
                + "<p><a href=\"/c\">Read more: Envoys return to their posts</a></p>"
                + "</div><section id=\"comments\"><p>A reader wrote a long comment, with many words, and many commas, here.</p></section>"));
        List<String> body = body(a);
        assertEquals("The two ministers met in the capital on Monday, and they spoke for an hour about trade, energy and the border.", body.get(0));
        assertTrue(body.contains("The first point, which the ministers agreed on."), "a list of prose is the article's");
        for (String gone : List.of("cookies", "Ministers met last year", "daily briefing", "Read more", "comment")) {
            assertFalse(a.text().contains(gone), gone);
        }
    }

    @Test
    void hiddenElementsAreNeverText() throws Exception {
        Article a = parse(page("", "<article>" + STORY
                + "<div hidden><p>A hidden paragraph that the reader never sees, with commas, here.</p></div>"
                + "<div style=\"display: none\"><p>A paragraph styled away, with commas, here.</p></div>"
                + "<p aria-hidden=\"true\">A paragraph hidden from readers, with commas.</p>"
                + "<span class=\"sr-only\">Screen reader text</span></article>"));
        assertEquals(3, a.body().size());
        for (String gone : List.of("hidden paragraph", "styled away", "hidden from readers", "Screen reader")) assertFalse(a.text().contains(gone), gone);
    }

    @Test
    void theArticlesOwnTimeDatesItNotATeasersTime() throws Exception {
        Article a = parse(page("", "<div class=\"related-stories\"><time datetime=\"2019-01-01\">Jan 1</time><a href=\"/x\">Old story</a></div>"
                + "<article><header><h1>Ministers meet</h1><time datetime=\"2024-06-02T08:00:00Z\">June 2</time></header>" + STORY + "</article>"));
        assertEquals("2024-06-02", a.publishedDate());
        assertEquals("Ministers meet", a.title());
    }

    @Test
    void aFormWrappingThePageIsNotRemovedWithIt() throws Exception {
        Article a = parse(page("", "<form id=\"page\" action=\"/\"><div class=\"menu\"><a href=\"/\">Home</a></div><div>" + STORY
                + "</div><input type=\"text\" name=\"q\"></form>"));
        assertEquals(3, a.body().size());
    }

    @Test
    void textLooseAmongBlocksAndLinesBrokenByBrAreRead() throws Exception {
        Article a = parse(page("", "<div class=\"post\">The two ministers met in the capital on Monday, and they spoke for an hour."
                + "<div class=\"ad-slot\"></div>They agreed to meet again next year, the ministry said.<br>"
                + "The talks were the first since the spring, when both sides recalled their envoys.</div>"));
        assertEquals(List.of("The two ministers met in the capital on Monday, and they spoke for an hour.",
                "They agreed to meet again next year, the ministry said.",
                "The talks were the first since the spring, when both sides recalled their envoys."), body(a));
    }

    @Test
    void aMalformedJsonLdScriptIsSkipped() throws Exception {
        Article a = parse(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<script type=\"application/ld+json\">" + "[".repeat(5_000) + "</script>", "<article><h1>Ministers meet</h1>" + STORY + "</article>"));
        assertEquals("Ministers meet", a.title());
        assertEquals(3, a.body().size());
    }

    @Test
    void sevenThousandParagraphsUnderTheBodyAreReadInOnePass() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 7_000; i++) html.append("<p>The minister said, in paragraph ").append(i).append(", that talks went well.</p>");
        html.append("</body></html>");
        // the bound only catches a hang (a quadratic search takes minutes here); speed is measured by bench
        Draft d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HtmlExtractor.extract(html.toString()));
        assertEquals(7_000, d.text().split("\n\n").length);
    }
}
