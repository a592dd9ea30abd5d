package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import readout.record.RecordJson;
import readout.record.SummaryRecord;

/**
 * A corpus of hostile inputs, each with its expected outcome: a FAILED record with a clear reason, or a
 * record — never an exception or a hang. (The bound below detects hangs; speed is measured by {@code bench}.)
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(30);
    private final Readout readout = new Readout();

    private record Case(String name, String contentType, byte[] bytes, String expected) {}

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Case> corpus() throws IOException {
        Map<String, Case> c = new LinkedHashMap<>();
        add(c, new Case("empty.txt", null, new byte[0], "EMPTY"));
        add(c, new Case("over-the-cap.txt", null, new byte[2 * 1024 * 1024 + 1], "TOO_LARGE"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(new byte[20_000_000]); // a gzip bomb: 20 MB of zeros in a few KB
        }
        add(c, new Case("bomb.txt", null, gz.toByteArray(), "BINARY"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(new byte[10_000_000]);
        }
        add(c, new Case("bomb.json", "application/json", zip.toByteArray(), "BINARY"));
        add(c, new Case("invalid-utf8.txt", null, new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'}, "ENCODING"));
        add(c, new Case("latin1.txt", null, "Café talks in Hà Nội".getBytes(StandardCharsets.ISO_8859_1), "ENCODING"));
        add(c, new Case("utf16-bom.txt", null, "Headline\n\nPrime Minister Pham Minh Chinh said ties are strong.".getBytes(StandardCharsets.UTF_16), "OK"));
        add(c, new Case("really-a-pdf.txt", null, utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj"), "BINARY"));
        add(c, new Case("really-a-png.txt", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, "BINARY"));
        add(c, new Case("control-chars.txt", null, utf8("Headline\n\n" + "\u0001\u0002\u0003 said \u0004\u0005".repeat(200)), "BINARY"));
        add(c, new Case("a-few-control-chars.txt", null, utf8("Headline\n\nChinh\u0007 said ties\u000b are strong."), "OK"));
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(10_000)).append("<p>Prime Minister Pham Minh Chinh said ties are strong.</p>").append("</div>".repeat(10_000));
        nested.append("<script>document.write('SCRIPT TEXT said the attacker')</script><style>p{}</style></body></html>");
        add(c, new Case("nested.html", null, utf8(nested.toString()), "OK"));
        // Prose in divs (no <p>), each sentence a statement: per-statement work must not scan the whole article.
        StringBuilder speeches = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 8_000; i++) {
            speeches.append("<div>Prime Minister Pham Minh Chinh said ties are strong, number ").append(i).append(".</div>");
        }
        add(c, new Case("8000-statements.html", null, utf8(speeches.append("</article></body></html>").toString()), "OK"));
        add(c, new Case("deep.json", null, utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), "MALFORMED"));
        add(c, new Case("deep-array.json", null, utf8("{\"text\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"), "MALFORMED"));
        StringBuilder longSentence = new StringBuilder("Headline\n\n");
        for (int i = 0; longSentence.length() < 1_000_000; i++) longSentence.append("word").append(i % 97).append(i % 7 == 0 ? " said " : " ");
        add(c, new Case("one-sentence.txt", null, utf8(longSentence.toString()), "OK"));
        add(c, new Case("quotes.txt", null, utf8("Headline\n\n" + "\"".repeat(100_000)), "OK"));
        add(c, new Case("curly-quotes.txt", null, utf8("Headline\n\n" + "“".repeat(50_000) + "”".repeat(50_000)), "OK"));
        add(c, new Case("unbalanced.txt", null, utf8("Headline\n\n“Prime Minister Pham Minh Chinh said ties are strong. He said “more. ” ” \" end"), "OK"));
        StringBuilder names = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 20_000; i++) names.append("President Abc").append(i).append(" Def said that Prime Minister Ghi").append(i).append(" Jkl agreed. ");
        add(c, new Case("many-people.txt", null, utf8(names.toString()), "OK"));
        add(c, new Case("only-markup.html", null, utf8("<html><head><script>x()</script></head><body></body></html>"), "NO_TEXT"));
        // Nothing to read once white space and invisible characters are left out
        add(c, new Case("white-space.txt", null, utf8(" \t\r\n\n\u3000\u2028 \n"), "NO_TEXT"));
        add(c, new Case("nbsp.txt", null, utf8("\u00A0".repeat(500)), "NO_TEXT"));
        add(c, new Case("nbsp.html", null, utf8("<html><body><p>&nbsp;</p><p>&#160;&#8203;</p></body></html>"), "NO_TEXT"));
        add(c, new Case("zero-width.txt", null, utf8("\u200B\u200C\u200D\u2060\uFEFF".repeat(100)), "NO_TEXT"));
        add(c, new Case("bidi.json", null, utf8("{\"text\": \"\\u200e\\u200f\\u202e\\u2066\\u2069\\u061c\"}"), "NO_TEXT"));
        add(c, new Case("script-in.md", null, utf8("# Headline\n\nMayor Ann Lee said the bridge would reopen.\n\n"
                + "<script>document.write('SCRIPT TEXT said the attacker')</script>\n<style>p { content: 'SCRIPT TEXT' }</style>\n"), "OK"));
        // Once a crash or a superlinear pass; each must end with a record (a bound on hangs, not a speed target)
        String statement = "\n\nMayor Ann Lee said the bridge would reopen in June.\n";
        add(c, new Case("2000-stars.md", null, utf8("# Headline\n\nThe talks ended.\n\n" + "*".repeat(2_000) + statement), "OK"));
        add(c, new Case("5000-dashes.md", null, utf8("# Headline\n\nThe talks ended.\n\n" + "- ".repeat(5_000) + statement), "OK"));
        add(c, new Case("stars-in-a-line.md", null, utf8("# Headline\n\nThe " + "*_".repeat(200_000) + " talks [ended" + "[".repeat(200_000) + statement), "OK"));
        add(c, new Case("combining-marks.txt", null, utf8("Headline\n\nThe mayor said x" + "\u0301\u0316".repeat(40_000) + " was fine." + statement), "OK"));
        add(c, new Case("combining-marks-2mib.txt", null, utf8("Headline\n\nThe mayor said x" + "\u0301\u0316".repeat(500_000) + statement), "OK"));
        StringBuilder flat = new StringBuilder("<html><body>");
        for (int i = 0; i < 7_000; i++) flat.append("<p>Mayor Ann Lee said bridge number ").append(i).append(" would reopen.</p>");
        add(c, new Case("7000-p-under-body.html", null, utf8(flat.append("</body></html>").toString()), "OK"));
        StringBuilder capitalised = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 50_000; i++) capitalised.append('Q').append(i).append("x ");
        add(c, new Case("capitalised-run.txt", null, utf8(capitalised.append("said the plan was sound.").append(statement).toString()), "OK"));
        StringBuilder listed = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 50_000; i++) listed.append("Ann").append(i).append(" Lee").append(i).append(", ");
        add(c, new Case("50000-names-before-said.txt", null, utf8(listed.append("and Bob Smith said the plan was sound.").toString()), "OK"));
        add(c, new Case("image-type", "image/png", utf8("Headline\n\nText."), "UNSUPPORTED_TYPE"));
        return c;
    }

    private static void add(Map<String, Case> c, Case k) {
        c.put(k.name(), k);
    }

    @TestFactory
    Iterable<DynamicTest> eachHostileInputHasItsOutcome() throws IOException {
        return corpus().values().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            SummaryRecord r = assertTimeoutPreemptively(HANG, () -> readout.summarize(k.name(), k.contentType(), k.bytes()));
            String outcome = r.failed() ? r.error().code() : r.status();
            assertEquals(k.expected(), outcome, k.name() + ": " + (r.error() == null ? "" : r.error().message()));
            if (r.failed()) assertFalse(r.error().message().isBlank(), "a reason is recorded");
            String json = RecordJson.toJson(r);
            assertFalse(json.contains("SCRIPT TEXT"), "no text from a script tag reaches a record");
            assertTrue(json.length() < 50_000_000);
        })).toList();
    }
}
