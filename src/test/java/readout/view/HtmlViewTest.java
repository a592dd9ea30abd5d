package readout.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.record.StatementRecord;

class HtmlViewTest {
    private final Readout readout = new Readout();

    @Test
    void everyStatementIsMarkedAtItsEvidenceWithItsSpeaker() throws Exception {
        byte[] bytes = HtmlViewTest.class.getResourceAsStream("/articles/seed-vn-cuba-2021.txt").readAllBytes();
        Readout.Read read = readout.read("seed.txt", null, bytes);
        Document page = Jsoup.parse(HtmlView.render(read.record(), read.text()));
        assertEquals(read.record().participants().size(), page.select("li.participant").size());
        assertEquals(read.record().summary().size(), page.select("#summary li").size());
        for (int i = 0; i < read.record().statements().size(); i++) {
            StatementRecord s = read.record().statements().get(i);
            var fragments = page.select("mark.statement[data-id=s" + i + "]");
            assertFalse(fragments.isEmpty(), "statement " + i + " is marked");
            StringBuilder text = new StringBuilder();
            for (Element f : fragments) {
                Element copy = f.clone();
                copy.select("span.who, mark").remove(); // the label, and marks nested inside (agreements)
                text.append(copy.text()).append(' ');
            }
            assertTrue(text.toString().replaceAll("\\s+", " ").contains(s.text().substring(0, Math.min(30, s.text().length()))),
                    "statement " + i + " shows its own text");
            assertEquals(s.speaker(), fragments.first().attr("data-speaker"));
            assertEquals(s.speaker(), fragments.first().selectFirst("span.who").text());
        }
        assertTrue(page.select("p").size() > 5, "paragraphs are kept");
    }

    @Test
    void articleTextIsEscapedAndThePageHasNoScript() {
        Readout.Read read = readout.read("x.txt", "text/plain",
                "Headline\n\nPrime Minister Pham Minh Chinh said <script>alert(1)</script> & \"ties\" are strong.".getBytes(StandardCharsets.UTF_8));
        String html = HtmlView.render(read.record(), read.text());
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ties&quot;"));
        Matcher m = Pattern.compile("<mark class=\"statement").matcher(html);
        int marks = 0;
        while (m.find()) marks++;
        assertEquals(1, marks);
    }

    @Test
    void theWordsThatNameTheSpeakerAreMarkedWithWhyTheyWereTaken() {
        Readout.Read read = readout.read("x.txt", "text/plain",
                "Headline\n\nPrime Minister Pham Minh Chinh arrived on Monday. He said ties are strong.".getBytes(StandardCharsets.UTF_8));
        Document page = Jsoup.parse(HtmlView.render(read.record(), read.text()));
        var speaker = page.selectFirst("mark.speaker");
        assertEquals("He", speaker.text());
        assertEquals("Pham Minh Chinh", speaker.attr("data-speaker"));
        assertTrue(speaker.attr("title").contains("pronoun"), speaker.attr("title"));
    }

    @Test
    void withoutTheTextTheStatementsAreListed() {
        Readout.Read read = readout.read("x.txt", "text/plain",
                "Headline\n\nPrime Minister Pham Minh Chinh said ties are strong.".getBytes(StandardCharsets.UTF_8));
        Document page = Jsoup.parse(HtmlView.render(read.record(), null));
        assertEquals("Pham Minh Chinh", page.selectFirst("mark.statement").attr("data-speaker"));
        assertTrue(page.text().contains("not available"));
    }
}
