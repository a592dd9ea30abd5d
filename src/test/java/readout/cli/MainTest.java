package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.record.RecordJson;
import readout.record.SummaryRecord;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<SummaryRecord> records() {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).map(RecordJson::fromJson).toList();
    }

    @Test
    void withoutPathsItSummarizesTheEmbeddedSamples() {
        assertEquals(0, run("summarize"));
        List<SummaryRecord> r = records();
        assertEquals(2, r.size());
        assertTrue(r.stream().allMatch(x -> x.status().equals("OK") && !x.statements().isEmpty()));
    }

    @Test
    void aFolderIsSummarizedOnSeveralCoresAndPrintedInPathOrder(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 40; i++) {
            // sizes differ so that later files may finish first on another worker
            String body = "Minister Lan Hoa said the plan was sound. ".repeat(1 + (40 - i) * 3);
            Files.writeString(dir.resolve(String.format("a%02d.txt", i)), "Headline " + i + "\n\n" + body);
        }
        assertEquals(0, run("summarize", dir.toString()));
        List<SummaryRecord> r = records();
        assertEquals(40, r.size());
        for (int i = 0; i < 40; i++) {
            assertTrue(r.get(i).source().endsWith(String.format("a%02d.txt", i)), r.get(i).source());
        }
    }

    @Test
    void aFolderIsWalkedAndABadFileFailsAloneWithExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Headline\n\nPrime Minister Pham Minh Chinh said ties are strong.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("note.gold.json"), "{}");
        assertEquals(1, run("summarize", dir.toString()));
        List<SummaryRecord> r = records();
        assertEquals(2, r.size(), "annotation files are not articles");
        assertEquals("FAILED", r.get(0).status());
        assertEquals("EMPTY", r.get(0).error().code());
        assertEquals("OK", r.get(1).status());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.txt: empty"));
    }

    @Test
    void prettyPrintsOneRecordOverSeveralLines(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Headline\n\nChinh said ties are strong.");
        assertEquals(0, run("summarize", "--pretty", f.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().count() > 5);
    }

    @Test
    void timingsPrintOneLinePerArticleOnStderrAndLeaveTheRecordsAlone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nChinh said ties are strong.");
        Files.writeString(dir.resolve("b.txt"), "Headline\n\nThe minister said talks went well.");
        assertEquals(0, run("summarize", "--timings", dir.toString()));
        assertEquals(2, records().size());
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        for (String l : lines) {
            String[] f = l.split("\t");
            assertEquals("timing", f[0]);
            assertTrue(Double.parseDouble(f[1]) >= 0);
            assertTrue(f[2].endsWith(".txt"));
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("summarize", "--nope"));
        assertEquals(2, run("summarize", "/no/such/path"));
        assertEquals(0, run("summarize", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: readout summarize"));
    }

    @Test
    void benchReportsThroughputAndLatency() {
        assertEquals(0, run("bench", "--warmup", "2", "--rounds", "1"));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("articles/s") && s.contains("median") && s.contains("p99"), s);
    }

    @Test
    void progressCountsRateAndFailuresOnOneLine() {
        Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), 3);
        p.step(false);
        p.step(true);
        p.step(false);
        p.done();
        String s = err.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("3/3 articles") && s.contains("1 failed") && s.contains("/s"), s);
        Progress silent = new Progress(null, 3);
        silent.step(true);
        silent.done();
    }

    @Test
    void onlyTheCommandsThatRunTheHandlersKeepTheirLogs() {
        assertTrue(Main.logs(List.of("serve", "--port", "8080")));
        assertTrue(Main.logs(List.of("bench", "--handler", "--workers", "4", "articles/")));
        assertFalse(Main.logs(List.of("summarize", "article.txt")));
        assertFalse(Main.logs(List.of("bench", "articles/")));
        assertFalse(Main.logs(List.of()));
    }
}
