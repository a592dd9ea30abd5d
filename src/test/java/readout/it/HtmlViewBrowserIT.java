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
}
