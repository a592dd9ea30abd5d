package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.view.HtmlView;

/**
 * The HTML view in a real headless browser (Debian's chromium): the page it renders has a highlight per
 * statement with its speaker, and a screenshot is kept in target/ for people to look at. Runs where
 * chromium is installed (.ci/run installs it); elsewhere it is skipped and says so.
 */
class HtmlViewBrowserIT {

    private static String chromium() {
        for (String c : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (new File(c).canExecute()) return c;
        }
        return null;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> chromiumCommand(String binary, Path profile) {
        return new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    }

    @Test
    void theRenderedPageHighlightsEveryStatementWithItsSpeaker() throws Exception {
        String binary = chromium();
        assumeTrue(binary != null, "chromium is not installed: the browser check is skipped (apt-get install chromium)");
        byte[] bytes = HtmlViewBrowserIT.class.getResourceAsStream("/articles/seed-vn-cuba-2021.txt").readAllBytes();
        Readout.Read read = new Readout().read("seed-vn-cuba-2021.txt", null, bytes);
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Path page = dir.resolve("seed-vn-cuba-2021.html");
        Files.writeString(page, HtmlView.render(read.record(), read.text()));
        String url = page.toAbsolutePath().toUri().toString();

        List<String> dump = chromiumCommand(binary, Files.createTempDirectory("chromium"));
        dump.addAll(List.of("--dump-dom", url));
        Document dom = Jsoup.parse(run(dump));
        assertEquals(read.record().statements().size(), dom.select("mark.statement > span.who").size(),
                "one speaker label per statement, as the browser built the page");
        assertEquals("Nguyễn Phú Trọng", dom.selectFirst("mark.statement").attr("data-speaker"));
        assertTrue(dom.select("mark.statement span.who").eachText().contains("Miguel Diaz-Canel Bermudez"));
        assertEquals(read.record().participants().size(), dom.select("li.participant").size());

        Path shot = dir.resolve("seed-vn-cuba-2021.png");
        List<String> screenshot = chromiumCommand(binary, Files.createTempDirectory("chromium"));
        screenshot.addAll(List.of("--window-size=1200,1800", "--screenshot=" + shot.toAbsolutePath(), url));
        run(screenshot);
        assertTrue(Files.size(shot) > 10_000, "a screenshot was saved to " + shot);
    }

    @Test
    void theTimelinePageListsTrongsStatementsByDateAndEachLinkFindsItsHighlight() throws Exception {
        String binary = chromium();
        assumeTrue(binary != null, "chromium is not installed: the browser check is skipped (apt-get install chromium)");
        Readout engine = new Readout();
        List<readout.participants.IndexEntry> entries = new ArrayList<>();
        java.util.Map<String, Readout.Read> reads = new java.util.HashMap<>();
        for (String name : List.of("seed-vn-cuba-2021.txt", "seed-vn-cuba-2022.txt")) {
            Readout.Read read = engine.read(name, null, HtmlViewBrowserIT.class.getResourceAsStream("/articles/" + name).readAllBytes());
            reads.put(read.record().articleId(), read);
            entries.addAll(readout.participants.ArticleEntries.of(read.record()));
        }
        var index = new readout.participants.ParticipantIndex(entries);
        var trong = index.byName("Nguyen Phu Trong").orElseThrow();
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Path page = dir.resolve("timeline-nguyen-phu-trong.html");
        Files.writeString(page, readout.view.TimelineView.render(trong, index.entries(trong)));
        String url = page.toAbsolutePath().toUri().toString();
        List<String> dump = chromiumCommand(binary, Files.createTempDirectory("chromium"));
        dump.addAll(List.of("--dump-dom", url));
        Document dom = Jsoup.parse(run(dump));
        assertEquals(List.of("2021-05-06", "undated"), dom.select("section.day").eachAttr("data-date"), "newest first, undated last");
        assertEquals(trong.statementCount(), dom.select("li.statement").size());

        // each link's anchor exists in its article's own view, as the browser built that one
        java.util.Map<String, Document> views = new java.util.HashMap<>();
        for (var a : dom.select("li.statement a, li.agreement a")) {
            String href = a.attr("href");
            String id = href.substring("/summaries/".length(), href.indexOf('#'));
            Document view = views.get(id);
            if (view == null) {
                Path article = dir.resolve("summary-" + id + ".html");
                Files.writeString(article, HtmlView.render(reads.get(id).record(), reads.get(id).text()));
                List<String> d = chromiumCommand(binary, Files.createTempDirectory("chromium"));
                d.addAll(List.of("--dump-dom", article.toAbsolutePath().toUri().toString()));
                view = Jsoup.parse(run(d));
                views.put(id, view);
            }
            var target = view.getElementById(href.substring(href.indexOf('#') + 1));
            assertTrue(target != null && target.tagName().equals("mark"), "the article view has the highlight " + href);
        }
        assertEquals(2, views.size(), "links into both articles");

        Path shot = dir.resolve("timeline-nguyen-phu-trong.png");
        List<String> screenshot = chromiumCommand(binary, Files.createTempDirectory("chromium"));
        screenshot.addAll(List.of("--window-size=1200,1800", "--screenshot=" + shot.toAbsolutePath(), url));
        run(screenshot);
        assertTrue(Files.size(shot) > 10_000, "a screenshot was saved to " + shot);
    }
}
