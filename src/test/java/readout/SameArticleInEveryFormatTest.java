package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import readout.OwnArticles.Piece;
import readout.record.SummaryRecord;

/**
 * The same article as plain text, Markdown, JSON (headline apart from the body, or as the text's first paragraph)
 * and HTML is read as the same text, so it gives the same title, statements and agreements, at the same spans.
 */
class SameArticleInEveryFormatTest {
    private final Readout readout = new Readout();

    @TestFactory
    List<DynamicTest> everyFormatGivesTheSameRecord() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Piece p : OwnArticles.ALL) {
            tests.add(DynamicTest.dynamicTest(p.name(), () -> {
                String txt = what(readout.summarize("a.txt", null, utf8(OwnArticles.txt(p, "\n"))));
                assertFalse(txt.isBlank());
                assertEquals(txt, what(readout.summarize("a.md", null, utf8(OwnArticles.md(p, "\n")))), "Markdown");
                assertEquals(txt, what(readout.summarize("a.json", null, utf8(OwnArticles.json(p, "\n")))), "JSON");
                assertEquals(txt, what(readout.summarize("a.json", null, utf8(OwnArticles.jsonTextOnly(p)))), "JSON with the headline in its text");
                assertEquals(txt, what(readout.summarize("a.html", null, utf8(OwnArticles.html(p, "\n", OwnArticles::escapeHtml)))), "HTML");
            }));
        }
        return tests;
    }

    /** What the article says, and where. */
    private static String what(SummaryRecord r) {
        StringBuilder b = new StringBuilder("title: ").append(r.title()).append('\n');
        r.statements().forEach(s -> b.append(s.speaker()).append(" | ").append(s.cue()).append(" | ").append(s.text()).append(" | ")
                .append(s.direct()).append(" | ").append(s.sentence()).append(" | ").append(s.span()).append('\n'));
        r.agreements().forEach(a -> b.append(a.parties()).append(" | ").append(a.kind()).append(" | ").append(a.text()).append(" | ")
                .append(a.span()).append('\n'));
        return b.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
