package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import readout.record.ParticipantRecord;
import readout.record.RecordJson;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;

/**
 * What reaches a record is text a reader can use: names without the line breaks of hard-wrapped copy, no control
 * characters whatever the input smuggled in, nothing a page hides or runs as code, and no field that copies a
 * pathological "word" whole.
 */
class TextHygieneTest {
    private final Readout readout = new Readout();

    private SummaryRecord summarize(String name, String text) {
        return readout.summarize(name, null, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesFromHardWrappedCopyHaveNoLineBreaksOrTabs() {
        SummaryRecord r = summarize("a.txt", "Ministers meet\n\nLISBON — Portuguese Foreign Minister Ana\nPereira met Finnish Foreign Minister\tJuha\n"
                + "Lehtonen on Monday.\n\nPereira said the two countries\nwould sign a treaty.\n\nLehtonen said he agreed.\n");
        List<String> names = new ArrayList<>();
        for (ParticipantRecord p : r.participants()) {
            names.add(p.name());
            names.addAll(p.aliases());
            if (p.role() != null) names.add(p.role());
        }
        for (StatementRecord s : r.statements()) {
            names.addAll(s.speakers());
            if (s.speakerMention() != null) names.add(s.speakerMention().text());
        }
        assertTrue(names.contains("Ana Pereira"), names.toString());
        assertTrue(names.contains("Juha Lehtonen"), names.toString());
        for (String n : names) assertFalse(n.matches("(?s).*[\\n\\r\\t].*|\\s.*|.*\\s|.*\\s{2}.*"), "clean: [" + n + "]");
    }

    @Test
    void controlCharactersFromJsonEscapesReachNoRecord() {
        SummaryRecord r = summarize("a.json", "{\"title\": \"Bridge\\u0001 reopens\\u0085\", \"text\": \"LEEDS \\u2014 Mayor Ann\\u0002 Lee said "
                + "the\\u0003 bridge would\\u009c reopen\\u001b in June.\\n\\nShe added that\\u0007 repairs had cost\\u000b less than planned.\"}");
        assertEquals("OK", r.status());
        assertFalse(r.statements().isEmpty());
        assertNoControlCharacters(r);
        assertEquals("Bridge reopens", r.title());
    }

    @Test
    void controlCharactersFromADeclaredCharsetReachNoRecord() {
        // ISO-8859-1 reads bytes 0x80-0x9F as the C1 control characters
        byte[] page = ("<html><head><meta charset=\"iso-8859-1\"></head><body><article><h1>Caf\u00e9 \u0085reopens</h1>"
                + "<p>The owner, Marie\u0080 Dubois, said the caf\u00e9\u009c would open\u0086 again in June after the flood.</p>"
                + "<p>She added that the\u0090 town had helped.</p></article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        SummaryRecord r = readout.summarize("a.html", null, page);
        assertEquals("OK", r.status());
        assertFalse(r.statements().isEmpty());
        assertNoControlCharacters(r);
    }

    @Test
    void hiddenPartsOfAPageAreNoStatementsHoweverMuchTheyHold() {
        String hidden = "<p>The minister said the secret plan would cost four billion euros and take ten years to finish.</p>".repeat(6);
        SummaryRecord r = summarize("a.html", "<html><body><article><h1>Bridge reopens</h1>"
                + "<div style=\"DISPLAY : none !important\">" + hidden + "</div><section hidden>" + hidden + "</section>"
                + "<div style=\"display:\tnone\">" + hidden + "</div>"
                + "<p>Mayor Ann Lee said the bridge would reopen in June after repairs to its eastern span.</p></article></body></html>");
        assertEquals("OK", r.status());
        assertEquals(List.of("the bridge would reopen in June after repairs to its eastern span"),
                r.statements().stream().map(StatementRecord::text).toList());
        assertFalse(RecordJson.toJson(r).contains("secret plan"));
    }

    @Test
    void aTwoMebibyteWordIsNotCopiedIntoTheSummaryOrTheKeywords() {
        String word = "rekord" + "a".repeat(2_000_000);
        SummaryRecord r = summarize("a.txt", "Headline\n\nThe mayor said the " + word + " was the word of the year.\n");
        assertEquals("OK", r.status());
        String json = RecordJson.toJson(r);
        // the statement is the article's own words at its span; what is copied besides it is bounded
        int statements = r.statements().stream().mapToInt(s -> s.text().length()).sum();
        assertTrue(json.length() - statements < 20_000, "record of " + json.length() + " characters, " + statements + " in statements");
        for (String k : r.keywords()) assertTrue(k.length() <= 40, () -> "a keyword of " + k.length() + " characters");
        for (String s : r.summary()) assertTrue(s.length() <= 1_000, () -> "a summary sentence of " + s.length() + " characters");
    }

    private static void assertNoControlCharacters(SummaryRecord r) {
        List<String> strings = new ArrayList<>();
        collect(RecordJson.mapper().valueToTree(r), strings);
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) {
                assertFalse(Character.getType(s.charAt(i)) == Character.CONTROL, "a control character U+"
                        + Integer.toHexString(s.charAt(i)) + " in [" + s + "]");
            }
        }
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) out.add(n.asText());
        for (JsonNode c : n) collect(c, out);
    }
}
