package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.article.ArticleParser;
import readout.extract.Extractor;
import readout.record.RecordJson;
import readout.record.SummaryRecord;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A run with stdin and terminals as given: {@code isTerminal} answers for descriptors 1 (stdout) and 2 (stderr). */
    private int run(InputStream stdin, IntPredicate isTerminal, String... args) {
        return Main.run(List.of(args), new Main.Streams(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), isTerminal));
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The lines a terminal shows for what was written to it: a carriage return goes back to the line's start. */
    private static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (char c : written.toCharArray()) {
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                col = 0;
            } else {
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
        if (line.length() > 0) lines.add(line.toString().stripTrailing() + "<no line break>");
        return lines;
    }

    private static void writeArticles(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nMinister Lan Hoa said the plan was sound.");
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Files.writeString(dir.resolve("c.txt"), "Headline\n\nThe minister said talks went well.");
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
        PrintStream terminal = new PrintStream(err, true, StandardCharsets.UTF_8);
        Progress p = new Progress(terminal, false, 3);
        p.step(false);
        p.step(true);
        p.println(terminal, "a message of its own");
        p.step(false);
        p.done();
        List<String> screen = screen(errText());
        assertEquals(2, screen.size(), screen.toString());
        assertEquals("a message of its own", screen.get(0));
        assertTrue(screen.get(1).matches("3/3 articles, \\d+/s, 1 failed"), screen.get(1));
        Progress silent = Progress.silent();
        silent.step(true);
        silent.done();
        assertEquals(2, screen(errText()).size());
    }

    // ---- issue 10, finding 6: progress on stderr when it is a terminal, whatever stdout is; never glued to a line

    @Test
    void progressIsDrawnOnAStderrTerminalWhileTheRecordsGoToAFileAndEachMessageKeepsItsOwnLine(@TempDir Path dir) throws IOException {
        writeArticles(dir);
        assertEquals(1, run(stdin(""), fd -> fd == Terminal.STDERR, "summarize", dir.toString()));
        assertEquals(3, records().size());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("articles,"), "progress stays off stdout");
        String written = errText();
        assertTrue(written.endsWith("\n"), "the last report ends its line");
        List<String> screen = screen(written);
        assertEquals(2, screen.size(), screen.toString());
        assertTrue(screen.get(0).startsWith("readout: ") && screen.get(0).contains("b.txt: empty"), screen.get(0));
        assertTrue(screen.get(1).matches("3/3 articles, \\d+/s, 1 failed"), screen.get(1));
    }

    @Test
    void onATerminalSharedWithTheRecordsTheProgressLineNeverLandsOnARecord(@TempDir Path dir) throws IOException {
        writeArticles(dir);
        PrintStream terminal = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(List.of("summarize", dir.toString()), new Main.Streams(stdin(""), terminal, terminal, fd -> true));
        assertEquals(1, code);
        List<String> screen = screen(out.toString(StandardCharsets.UTF_8));
        assertEquals(5, screen.size(), screen.toString()); // a's record, b's failure then its record, c's record, the report
        assertTrue(screen.get(1).startsWith("readout: ") && screen.get(1).contains("b.txt: empty"), screen.get(1));
        // each record is a line of its own (one glued to a progress report would not parse)
        assertEquals(List.of("OK", "FAILED", "OK"), List.of(0, 2, 3).stream().map(i -> RecordJson.fromJson(screen.get(i)).status()).toList());
        assertTrue(screen.get(4).matches("3/3 articles, \\d+/s, 1 failed"), screen.get(4));
    }

    @Test
    void noProgressWhenStderrIsNoTerminal(@TempDir Path dir) throws IOException {
        writeArticles(dir);
        assertEquals(1, run(stdin(""), fd -> fd == Terminal.STDOUT, "summarize", dir.toString()));
        assertFalse(errText().contains("articles,"), errText());
        assertFalse(errText().contains("\r"), errText());
    }

    @Test
    void theTerminalIsRecognizedByTheDeviceBehindTheDescriptor() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("pipe:[8131]"));
        assertFalse(Terminal.isTerminalDevice("/home/someone/out.jsonl"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    // ---- finding 7: a folder walk takes article files only, says what it skipped; a named file is always read

    @Test
    void aFolderWalkTakesArticleFilesOnlyAndSaysWhatItSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Headline\n\nMinister Lan Hoa said the plan was sound.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.md"), "# Talks\n\nThe minister said talks went well.");
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Files.writeString(dir.resolve("notes.csv"), "name,said\nLan Hoa,the plan was sound\n");
        Files.writeString(dir.resolve("README"), "The minister said this folder holds articles.");
        Files.writeString(dir.resolve(".draft.txt"), "The minister said nothing yet.");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.writeString(dir.resolve("good.gold.json"), "{}");
        assertEquals(0, run("summarize", dir.toString()));
        List<String> sources = records().stream().map(SummaryRecord::source).toList();
        assertEquals(List.of(dir.resolve("good.txt").toString(), dir.resolve("sub/inner.md").toString()), sources);
        String e = errText();
        assertTrue(e.contains("skipped 5"), e);
        for (String name : List.of(".git/", ".draft.txt", "README", "notes.csv", "photo.png")) assertTrue(e.contains(name), name + " in " + e);
        assertFalse(e.contains("HEAD"), "a hidden folder is skipped whole, not walked: " + e);
        assertFalse(e.contains("gold"), "annotations beside articles are expected, not reported: " + e);
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItsName(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "Minister Lan Hoa said the plan was sound.");
        Path hidden = Files.writeString(dir.resolve(".draft"), "The minister said talks went well.");
        assertEquals(0, run("summarize", notes.toString(), hidden.toString()));
        assertEquals(List.of(notes.toString(), hidden.toString()), records().stream().map(SummaryRecord::source).toList());
        assertEquals("", errText());
    }

    // ---- finding 8: a file over the limit is refused by its size, unread; stdin is read no further than the limit

    @Test
    void aFileOverTheLimitGetsATooLargeRecordWithoutBeingRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nMinister Lan Hoa said the plan was sound.");
        long size = 3L << 30; // over 2 GiB, which no byte array holds: reading it whole was an OutOfMemoryError
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
            big.setLength(size); // sparse: no disk is used
        }
        assertEquals(1, run("summarize", dir.toString()));
        List<SummaryRecord> r = records();
        assertEquals(2, r.size());
        assertEquals("OK", r.get(0).status());
        SummaryRecord big = r.get(1);
        assertEquals("FAILED", big.status());
        assertEquals("TOO_LARGE", big.error().code());
        assertEquals(size, big.contentLength());
        assertTrue(big.error().message().contains(Long.toString(size)), big.error().message());
        assertTrue(errText().contains("big.txt: too_large"), errText());
    }

    @Test
    void standardInputIsReadNoFurtherThanTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        assertEquals(1, run(endless, fd -> false, "summarize", "-"));
        SummaryRecord r = records().get(0);
        assertEquals("TOO_LARGE", r.error().code());
        assertEquals(ArticleParser.DEFAULT_MAX_BYTES + 1L, served[0]);
    }

    // ---- finding 9 (the CLI's part): bad values of numeric flags are bad usage: one line and the usage, exit 2

    @Test
    void aBadNumberForAFlagIsOneLineAndTheUsageWithExitTwo() {
        for (List<String> args : List.of(List.of("bench", "--rounds", "x"), List.of("bench", "--warmup", "-5"),
                List.of("bench", "--rounds"), List.of("bench", "--handler", "--workers", "0"))) {
            err.reset();
            assertEquals(2, Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), args.toString());
            List<String> lines = errText().lines().toList();
            assertTrue(lines.get(0).startsWith("readout bench: --"), lines.get(0));
            assertTrue(lines.get(1).startsWith("usage: readout bench"), errText());
            assertFalse(errText().contains("Exception") || errText().contains("\tat "), errText());
        }
        assertTrue(errText().contains("--workers takes a whole number from 1 to"), errText());
    }

    @Test
    void flagValuesAreCheckedAgainstTheirRange() throws UsageException {
        assertEquals(8080, Flags.intIn("--port", "8080", 0, 65535));
        for (String bad : List.of("abc", "99999", "-1", "", "1e3")) {
            UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> Flags.intIn("--port", bad, 0, 65535));
            assertEquals("--port takes a whole number from 0 to 65535, not '" + bad + "'", e.getMessage());
        }
    }

    // ---- finding 11: stdin, --version, unknown flags, incompatible flags

    @Test
    void aDashReadsOneArticleFromStandardInput() {
        assertEquals(0, run(stdin("Headline\n\nMinister Lan Hoa said the plan was sound."), fd -> false, "summarize", "-"));
        SummaryRecord r = records().get(0);
        assertEquals("OK", r.status());
        assertNull(r.source(), "unnamed, as a posted body is");
        assertEquals(List.of("Lan Hoa"), r.statements().stream().map(s -> s.speaker()).toList());
    }

    @Test
    void standardInputTakesItsTypeFromFormatOrName() {
        String page = "<html><body><h1>Talks</h1><p>Minister Lan Hoa said the plan was sound.</p></body></html>";
        assertEquals(0, run(stdin(page), fd -> false, "summarize", "--name", "news/talks.html", "-"));
        assertEquals("news/talks.html", records().get(0).source());
        assertEquals("html", records().get(0).format());
        out.reset();
        String json = "{\"title\": \"Talks\", \"text\": \"Minister Lan Hoa said the plan was sound.\"}";
        assertEquals(0, run(stdin(json), fd -> false, "summarize", "--format", "json", "-"));
        assertEquals("json", records().get(0).format());
        assertEquals("Talks", records().get(0).title());
    }

    @Test
    void versionNamesTheExtractorVersion() {
        assertEquals(0, run("--version"));
        String v = out.toString(StandardCharsets.UTF_8);
        assertTrue(v.startsWith("readout ") && v.contains("extractor " + Extractor.VERSION), v);
    }

    @Test
    void unknownFlagsAreBadUsageNotPaths(@TempDir Path dir) throws IOException {
        for (List<String> args : List.of(List.of("bench", "--nope"), List.of("summarize", "--nope"), List.of("summarize", "-x"))) {
            err.reset();
            assertEquals(2, Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(errText().startsWith("readout " + args.get(0) + ": unknown option: " + args.get(1)), errText());
        }
        // after "--" every argument is a path, even one that looks like a flag
        Files.writeString(dir.resolve("--pretty"), "Minister Lan Hoa said the plan was sound.");
        out.reset();
        assertEquals(0, Main.run(List.of("summarize", "--", dir.resolve("--pretty").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(1, records().size());
    }

    @Test
    void flagsThatDoNotGoTogetherAreRefused(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Minister Lan Hoa said the plan was sound.");
        List<List<String>> combinations = List.of(List.of("summarize", "--html", "--pretty", f.toString()),
                List.of("summarize", "--html", "--timings", f.toString()), List.of("summarize", "--name", "x.txt", f.toString()),
                List.of("summarize", "-", "-"), List.of("bench", "--workers", "2"), List.of("bench", "--show"),
                List.of("bench", "--handler", "--tagger"), List.of("bench", "--handler", "--warmup", "3"));
        for (List<String> args : combinations) {
            err.reset();
            out.reset();
            assertEquals(2, run(stdin(""), fd -> false, args.toArray(String[]::new)), args.toString());
            assertTrue(errText().startsWith("readout " + args.get(0) + ": "), errText());
            assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is run: " + args);
        }
    }

    @Test
    void theReadmeExampleRecordIsWhatTheFirstCommandPrintsForItsArticle() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## The summary record");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        SummaryRecord example = RecordJson.fromJson(readme.substring(start, readme.indexOf("```\n", start)));
        assertEquals(0, run("summarize"));
        SummaryRecord actual = records().stream().filter(r -> r.source().equals(example.source())).findFirst().orElseThrow();
        // what identifies the record and its bytes; what the extractor finds may change with it, and is cut in the README
        assertEquals(actual.articleId(), example.articleId());
        assertEquals(actual.contentSha256(), example.contentSha256());
        assertEquals(actual.contentLength(), example.contentLength());
        assertEquals(actual.format(), example.format());
        assertEquals(actual.status(), example.status());
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
