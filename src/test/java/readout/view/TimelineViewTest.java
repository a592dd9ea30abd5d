package readout.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.participants.ArticleEntries;
import readout.participants.IndexEntry;
import readout.participants.ParticipantIndex;
import readout.participants.Person;

class TimelineViewTest {
    private final Readout readout = new Readout();

    @Test
    void eachStatementLinksToTheAnchorOfItsHighlightInTheArticleView() {
        Readout.Read read = readout.read("x.txt", "text/plain", ("date 2024-02-02\n\nHeadline <b>\n\nPrime Minister Lan Hoa said the plan was sound. "
                + "Hoa added that <script>x</script> talks would go on.").getBytes(StandardCharsets.UTF_8));
        ParticipantIndex index = new ParticipantIndex(ArticleEntries.of(read.record()));
        Person p = index.byName("Lan Hoa").orElseThrow();
        List<IndexEntry> entries = index.entries(p);
        String html = TimelineView.render(p, entries);
        assertFalse(html.contains("<script>"), "article text is escaped");
        Document timeline = Jsoup.parse(html);
        Document article = Jsoup.parse(HtmlView.render(read.record(), read.text()));
        var links = timeline.select("li.statement a");
        assertEquals(read.record().statements().size(), links.size());
        for (var a : links) {
            String href = a.attr("href");
            assertTrue(href.startsWith("/summaries/" + read.record().articleId() + "#s"), href);
            var target = article.getElementById(href.substring(href.indexOf('#') + 1));
            assertNotNull(target, "the article view has the anchor " + href);
            assertTrue(target.text().contains(a.text().substring(0, 10)), "the anchor is the same statement");
        }
        assertEquals("2024-02-02", timeline.selectFirst("section.day").attr("data-date"));
    }
}
