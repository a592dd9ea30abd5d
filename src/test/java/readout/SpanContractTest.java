package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import readout.OwnArticles.Piece;
import readout.record.AgreementRecord;
import readout.record.SpanRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;
import readout.text.NormalizedText;

/**
 * The span contract, as a property over many ways of writing the same articles: in every format, whatever the line
 * endings, normalization form, white space, entities, escapes or markup, the text at a record's span in the text
 * as given ({@link Readout.Read#text()}) is the statement's, the mention's and the agreement's text — read in NFC,
 * with each run of white space as one space and invisible format characters left out ({@link NormalizedText#display}).
 * For a .txt file the text as given is the file's own text.
 */
class SpanContractTest {
    private final Readout readout = new Readout();

    /** A way of writing an article: its file name and bytes, and whether its statements must be the plain text's. */
    private record Variant(String name, String file, String content, boolean sameAsPlain) {}

    @TestFactory
    List<DynamicTest> theTextAtEverySpanIsTheRecordsText() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Piece piece : OwnArticles.ALL) {
            List<String> plain = statements(readout.read("plain.txt", null, utf8(OwnArticles.txt(piece, "\n"))).record());
            assertTrue(plain.size() >= 3, piece.name() + " gives statements to check: " + plain);
            for (Variant v : variants(piece)) {
                tests.add(DynamicTest.dynamicTest(piece.name() + " " + v.name(), () -> check(v, plain)));
            }
        }
        return tests;
    }

    private void check(Variant v, List<String> plain) {
        byte[] bytes = utf8(v.content());
        Readout.Read read = readout.read(v.file(), null, bytes);
        SummaryRecord r = read.record();
        assertEquals("OK", r.status(), () -> String.valueOf(r.error()));
        assertFalse(r.statements().isEmpty(), "the variant still has statements to check");
        String text = read.text();
        if (v.file().endsWith(".txt")) assertEquals(v.content(), text, "a .txt file's text as given is the file itself");
        for (StatementRecord s : r.statements()) {
            assertEquals(s.text(), at(text, s.span()), "statement " + s);
            assertEquals(s.text(), plainDisplay(text.substring(s.span().start(), s.span().end())));
            if (s.speakerMention() != null) assertEquals(s.speakerMention().text(), at(text, s.speakerMention().span()), "mention of " + s);
        }
        for (AgreementRecord a : r.agreements()) assertEquals(a.text(), at(text, a.span()), "agreement " + a);
        if (v.sameAsPlain()) assertEquals(plain, statements(r), "written another way, the article says the same");
    }

    private static List<Variant> variants(Piece p) {
        List<Variant> out = new ArrayList<>();
        Piece wrapped = p.map(SpanContractTest::hardWrap);
        for (String format : List.of("txt", "md", "json", "html")) {
            out.add(written(format, "plain", p, "\n", true));
            out.add(written(format, "CRLF", wrapped, "\r\n", true));
            out.add(written(format, "lone CR", wrapped, "\r", true));
            out.add(written(format, "hard-wrapped", wrapped, "\n", true));
            out.add(written(format, "NFD", p.map(s -> Normalizer.normalize(s, Normalizer.Form.NFD)), "\n", true));
            out.add(written(format, "tabs", p.map(s -> s.replace(", ", ",\t").replace(" — ", "\t—\t")), "\n", true));
            out.add(written(format, "NBSP", p.map(s -> s.replace("Minister ", "Minister\u00A0").replace(" — ", "\u00A0— ")
                    .replace(" said", "\u202Fsaid")), "\n", true));
            out.add(written(format, "astral", p.map(SpanContractTest::astral), "\n", false));
            out.add(written(format, "zero-width joiners", p.map(s -> s.replace("scientists", "scientists 👩\u200D🔬")
                    .replace("fishermen", "fisher\u200Dmen").replace("ocean", "oc\u200Cean")), "\n", false));
        }
        out.add(new Variant("entities", "a.html", OwnArticles.html(p, "\n", SpanContractTest::entities), true));
        out.add(new Variant("markup", "a.md", markdownMarkup(p), true));
        out.add(new Variant("\\u escapes", "a.json", "{\"title\": \"" + uEscaped(p.title()) + "\", \"text\": \""
                + uEscaped(String.join("\n\n", p.paragraphs())) + "\"}", true));
        return out;
    }

    private static Variant written(String format, String how, Piece p, String lineBreak, boolean same) {
        Piece lines = p.map(s -> s.replace("\n", lineBreak));
        String content = switch (format) {
            case "txt" -> OwnArticles.txt(lines, lineBreak);
            case "md" -> OwnArticles.md(lines, lineBreak);
            case "json" -> OwnArticles.json(lines, lineBreak);
            default -> OwnArticles.html(lines, lineBreak, OwnArticles::escapeHtml);
        };
        return new Variant(how + " ." + format, "a." + format, content, same);
    }

    /** Lines broken at about 50 columns, as e-mailed and wire copy often is. */
    private static String hardWrap(String s) {
        StringBuilder b = new StringBuilder();
        int column = 0;
        for (String word : s.split(" ")) {
            if (b.length() > 0) {
                boolean wrap = column + word.length() > 50;
                b.append(wrap ? '\n' : ' ');
                if (wrap) column = 0;
            }
            b.append(word);
            column += word.length() + 1;
        }
        return b.toString();
    }

    /** Characters outside the Basic Multilingual Plane (two UTF-16 units each), some with a variation selector. */
    private static String astral(String s) {
        return s.replace("ocean", "ocean 🌊").replace("next year", "next year 🗓\uFE0F").replace("percent", "percent 📈")
                .replace("case", "case ⚖\uFE0F").replace("damages", "damages 𝔈𝔲𝔯𝔬𝔰").replace("Reyes said", "Reyes said 🐟");
    }

    /** Every character outside ASCII, the quotation marks and the dash as entities, named or numbered. */
    private static String entities(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '“' -> b.append("&ldquo;");
                case '”' -> b.append("&#8221;");
                case '’' -> b.append("&rsquo;");
                case '—' -> b.append("&mdash;");
                default -> {
                    if (cp < 0x80) b.appendCodePoint(cp);
                    else b.append("&#x").append(Integer.toHexString(cp)).append(';');
                }
            }
        });
        return b.toString();
    }

    /**
     * Markdown's own ways of writing the same words: emphasis, backslash escapes, entities, a quotation block and a
     * list item, each after a blank line.
     */
    private static String markdownMarkup(Piece p) {
        StringBuilder b = new StringBuilder("# ").append(p.title()).append("\n\n");
        for (int i = 0; i < p.paragraphs().size(); i++) {
            String[] words = p.paragraphs().get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (!words[w].matches("\\p{L}+")) continue;
                if (w % 7 == 3) words[w] = "_" + words[w] + "_";
                else if (w % 7 == 5) words[w] = "**" + words[w] + "**";
                else if (w % 11 == 8) words[w] = "*" + words[w] + "*";
            }
            String para = String.join(" ", words).replace("’", "&rsquo;").replace("—", "&mdash;").replace("-", "\\-")
                    .replace(".", "\\.");
            String marker = i == 2 ? "> " : i == 3 ? "- " : "";
            b.append(marker).append(para).append("\n\n");
        }
        return b.toString();
    }

    /** JSON with every character outside ASCII, and every "e", written as a \\u escape. */
    private static String uEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') b.append("\\n");
            else if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c >= 0x80 || c == 'e') b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    /**
     * The text at a span, read as the record gives text ({@link NormalizedText#display}): NFC, each run of white space
     * one space, invisible characters out (and, past 30 combining marks in a row, a CGJ: Unicode's stream-safe form).
     */
    static String at(String text, SpanRecord span) {
        assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(), "span " + span + " in the text");
        return NormalizedText.display(text.substring(span.start(), span.end()));
    }

    /** What {@link NormalizedText#display} is said to be, written out again for text without long runs of marks. */
    private static String plainDisplay(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL) {
                space = true;
            } else if (cp == 0x00AD || cp == 0x061C || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0x2060 || cp == 0xFEFF
                    || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                // soft hyphen, zero-width space, word joiner, byte-order mark, bidi controls: invisible, not text
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static List<String> statements(SummaryRecord r) {
        return r.statements().stream().map(s -> s.speaker() + " | " + s.cue() + " | " + s.text()).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
