package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.record.RecordJson;

class ParticipantsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : this.out.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) out.add(RecordJson.mapper().readTree(l));
        return out;
    }

    @Test
    void onePersonAcrossTwoArticlesWhateverTheSpellingNewestFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date 2024-03-01\n\nTalks\n\nForeign Minister Anna Berg said the bridge would open in spring.");
        Files.writeString(dir.resolve("b.txt"), "date 2024-05-20\n\nVisit\n\nForeign Minister Anna Bérg said funding had been found.");
        Files.writeString(dir.resolve("c.txt"), "Undated\n\nForeign Minister Anna Berg said the talks had been useful.");
        assertEquals(0, run("participants", dir.toString()));
        List<JsonNode> people = lines();
        assertEquals(1, people.size(), out.toString(StandardCharsets.UTF_8));
        JsonNode p = people.get(0);
        assertEquals("anna-berg", p.get("person").get("key").asText());
        assertEquals(3, p.get("person").get("articleCount").asInt());
        assertEquals("2024-03-01", p.get("person").get("firstDate").asText());
        assertEquals("2024-05-20", p.get("person").get("lastDate").asText());
        List<String> dates = new ArrayList<>();
        p.get("statements").forEach(s -> dates.add(s.get("publishedDate").isNull() ? "undated" : s.get("publishedDate").asText()));
        assertEquals(List.of("2024-05-20", "2024-03-01", "undated"), dates);
    }

    @Test
    void aNameIsMatchedFoldedAndAnUnknownOneSaysSo() throws IOException {
        assertEquals(0, run("participants", "--name", "NGUYEN PHU TRONG"));
        List<JsonNode> people = lines();
        assertEquals(1, people.size());
        assertEquals("Nguyễn Phú Trọng", people.get(0).get("person").get("name").asText());
        assertEquals(2, people.get(0).get("person").get("articleCount").asInt(), "both seed articles");
        out.reset();
        assertEquals(1, run("participants", "--name", "Nobody Here"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no participant named Nobody Here"));
    }

    @Test
    void theTimelinePageLinksEachStatementToItsArticleView() {
        assertEquals(0, run("participants", "--name", "Nguyễn Phú Trọng", "--html"));
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals("Nguyễn Phú Trọng", page.selectFirst("h1#name").text());
        assertTrue(page.select("li.statement").size() > 10);
        for (var a : page.select("li.statement a")) assertTrue(a.attr("href").matches("/summaries/[0-9a-f]{32}#s\\d+"), a.attr("href"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void htmlWithoutANameIsBadUsage() {
        assertEquals(2, run("participants", "--html"));
        assertEquals(2, run("participants", "--name"));
    }
}
