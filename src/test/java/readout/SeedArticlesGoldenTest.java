package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import readout.record.AgreementRecord;
import readout.record.SpanRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;

/** The two seed articles end to end: the speakers and agreements that matter, and spans that hold their evidence. */
class SeedArticlesGoldenTest {
    private static final String TRONG = "Nguyễn Phú Trọng";
    private final Readout readout = new Readout();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedArticlesGoldenTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    private static StatementRecord statement(SummaryRecord r, String fragment) {
        return r.statements().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with \"" + fragment + "\""));
    }

    @Test
    void vietnamCuba2021() throws IOException {
        byte[] bytes = resource("seed-vn-cuba-2021.txt");
        SummaryRecord r = readout.summarize("seed-vn-cuba-2021.txt", null, bytes);
        assertEquals("OK", r.status());
        assertEquals("2021-05-06", r.publishedDate());
        assertEquals("HÀ NỘI", r.dateline());
        assertEquals("VNS", r.agency());
        assertEquals(List.of(TRONG, "Miguel Diaz-Canel Bermudez"), r.participants().stream().limit(2).map(p -> p.name()).toList());
        assertTrue(r.participants().get(0).aliases().contains("The Vietnamese Party chief"), r.participants().get(0).aliases().toString());

        assertEquals(TRONG, statement(r, "attaches much importance").speaker());
        assertEquals("has said", statement(r, "attaches much importance").cue());
        assertEquals(TRONG, statement(r, "the consistent solidarity").speaker());
        assertEquals(TRONG, statement(r, "ready to share its experience").speaker());
        assertEquals(TRONG, statement(r, "always respect Cuba's support").speaker());
        assertEquals("Miguel Diaz-Canel Bermudez", statement(r, "vivid illustration").speaker());
        assertEquals("Miguel Diaz-Canel Bermudez", statement(r, "progress to update").speaker());
        assertEquals("Miguel Diaz-Canel Bermudez", statement(r, "for assisting their Cuban counterparts").speaker());
        assertEquals("expressed his confidence", statement(r, "realise the Resolution").cue());
        assertEquals(TRONG, statement(r, "Raul Castro to visit").speaker());
        assertEquals(17, r.statements().size());
        // the photo caption is not a statement
        assertTrue(r.statements().stream().noneMatch(s -> s.text().contains("VNA/VNS Photo")));
        for (StatementRecord s : r.statements()) {
            String evidence = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(s.span().start(), s.span().end());
            assertEquals(s.text(), evidence.replaceAll("\\s+", " "), "span of " + s.text());
            assertNotNull(s.speakerMention(), "every statement here names its speaker in words: " + s.text());
            String words = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .substring(s.speakerMention().span().start(), s.speakerMention().span().end());
            assertEquals(s.speakerMention().text(), words.replaceAll("\\s+", " "), "mention span of " + s.text());
            assertNotNull(s.via());
        }
    }

    @Test
    void vietnamCuba2022FromDecomposedText() throws IOException {
        byte[] bytes = resource("seed-vn-cuba-2022.txt");
        String original = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!Normalizer.isNormalized(original, Normalizer.Form.NFC), "the seed arrives decomposed");
        SummaryRecord r = readout.summarize("seed-vn-cuba-2022.txt", null, bytes);
        assertEquals("HÀ NỘI", r.dateline());
        assertEquals("VNS", r.agency());
        assertEquals("Miguel Díaz-Canel", statement(r, "overall situation in the Latin America").speaker());
        assertEquals("Miguel Díaz-Canel", statement(r, "Cuba had stayed firm").speaker());
        assertEquals("Miguel Díaz-Canel", statement(r, "central role of the CPC").speaker());
        assertEquals(TRONG, statement(r, "Cuba for its attainments").speaker());
        assertEquals(TRONG, statement(r, "external policy of peace").speaker(), "\"The leader\" after Trọng");
        assertEquals(TRONG + "; Miguel Díaz-Canel", statement(r, "positive progress").speaker());
        assertEquals(TRONG, statement(r, "consistently opposes the economic embargo").speaker());

        List<AgreementRecord> ag = r.agreements();
        assertEquals(2, ag.size(), ag.toString());
        assertEquals("agreement", ag.get(0).kind());
        assertTrue(ag.get(0).text().startsWith("work to strengthen mutual understanding"));
        assertEquals(List.of(TRONG, "Miguel Díaz-Canel"), ag.get(0).parties());
        assertEquals("invitation_accepted", ag.get(1).kind());
        assertTrue(ag.get(1).text().contains("to visit Việt Nam"));
        assertTrue(ag.get(1).parties().containsAll(List.of(TRONG, "Miguel Díaz-Canel")));
        // spans point into the decomposed original and hold exactly the text of the statement or agreement
        for (StatementRecord s : r.statements()) {
            assertEquals(s.text(), Normalizer.normalize(original.substring(s.span().start(), s.span().end()), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " "), "span of " + s.text());
            if (s.speakerMention() != null) {
                SpanRecord m = s.speakerMention().span();
                assertEquals(s.speakerMention().text(), Normalizer.normalize(original.substring(m.start(), m.end()), Normalizer.Form.NFC)
                        .replaceAll("\\s+", " "), "mention span of " + s.text());
            }
        }
        for (AgreementRecord a : r.agreements()) {
            assertEquals(a.text(), Normalizer.normalize(original.substring(a.span().start(), a.span().end()), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " "), "span of " + a.text());
        }
    }
}
