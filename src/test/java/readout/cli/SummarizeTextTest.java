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
import readout.record.StatementRecord;
import readout.record.SummaryRecord;
import readout.text.NormalizedText;

/** {@code summarize --text} prints the text the record's spans index; one bad article never ends a folder's run. */
class SummarizeTextTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTextFilesTextIsTheFileItselfAndItsSpansIndexIt(@TempDir Path dir) throws IOException {
        String file = "Bridge reopens\r\n\r\nLEEDS \u2014 Mayor Ann Lee said the bridge\r\nwould reopen in June.\r\n";
        Path a = Files.writeString(dir.resolve("a.txt"), file);
        assertEquals(0, run("summarize", "--text", a.toString()));
        String text = printed();
        assertEquals(file, text);
        assertEquals(0, run("summarize", a.toString()));
        assertSpansIndex(text, RecordJson.fromJson(printed().strip()));
    }

    @Test
    void markdownsTextIsItsVisibleTextAndItsSpansIndexIt(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "# Bridge _reopens_\n\n> LEEDS \u2014 Mayor **Ann Lee** said the bridge would reopen in June\\.\n");
        assertEquals(0, run("summarize", "--text", a.toString()));
        String text = printed();
        assertEquals("Bridge reopens\n\nLEEDS \u2014 Mayor Ann Lee said the bridge would reopen in June.", text);
        assertEquals(0, run("summarize", a.toString()));
        assertSpansIndex(text, RecordJson.fromJson(printed().strip()));
    }

    @Test
    void aRejectedArticleHasNoTextAndSaysWhy(@TempDir Path dir) throws IOException {
        Path a = Files.write(dir.resolve("a.txt"), new byte[0]);
        assertEquals(1, run("summarize", "--text", a.toString()));
        assertEquals("", printed());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("summarize", "--text", "--html", a.toString()));
    }

    @Test
    void anArticleThatOnceEndedTheRunIsOneRecordAndTheNextFilesAreRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Headline\n\nThe talks ended.\n\n" + "*".repeat(5_000) + "\n\n" + "- ".repeat(5_000) + "\n");
        Files.writeString(dir.resolve("b.txt"), "Headline\n\nMayor Ann Lee said the bridge would reopen in June.\n");
        run("summarize", dir.toString());
        List<SummaryRecord> records = printed().lines().map(RecordJson::fromJson).toList();
        assertEquals(2, records.size(), err.toString(StandardCharsets.UTF_8));
        assertFalse(records.get(1).statements().isEmpty());
    }

    private static void assertSpansIndex(String text, SummaryRecord r) {
        assertFalse(r.statements().isEmpty());
        for (StatementRecord s : r.statements()) {
            assertEquals(s.text(), NormalizedText.display(text.substring(s.span().start(), s.span().end())));
        }
    }
}
