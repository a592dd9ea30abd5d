package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import readout.record.SummaryRecord;

/**
 * Property-based fuzzing with a fixed seed, so CI runs the same cases every time: random and mutated
 * articles through parsing and extraction must never throw or stall, and every record keeps the span contract.
 */
class FuzzTest {
    private static final int RUNS = 600;
    /**
     * A stall, not a speed target (speed is measured by `bench`): an article takes milliseconds, so ten seconds is
     * a runaway pass even on a machine busy with other builds.
     */
    private static final long STALL_NANOS = 10_000_000_000L;
    private static final String[] PIECES = {"said", "told", "“", "”", "\"", "'", ",", ".", " and ", " — ", "\n\n", "HÀ NỘI — ",
            "(VNA) –", "The two leaders", "He", "they agreed to", "It was agreed that", "According to", "Prime Minister",
            "President of Cuba", "Nguyễn Phú Trọng", "Díaz-Canel", "the Cuban leader", "invited", "accepted the invitation",
            "expressed his belief that", "Mr.", "U.S.", "Dec. 4", "$7.8", "—", "…", "\u0301", "e\u0302", "ß", "İ", "<p>", "</p>",
            "<script>", "{\"text\":", "# ", "**", "date 2021-05-06", "— VNS", "(Photo: VNA)", "’s", "Jr.", "R.", "of the",
            "Noting", ", adding that", ", saying", "while accepting", "signed", "pledged", "both sides", "the five ministers",
            // the shapes that once crashed a run or cost quadratic time, and the characters the span contract is tested on
            "*".repeat(300), "- ".repeat(300), "\u0301\u0316".repeat(40), "Qa Qb Qc Qd Qe Qf Qg Qh Qi Qj Qk Ql Qm Qn", "Ann Lee, Bo Kim, ",
            "\r\n", "\r", "\t", "\u00A0", "\u200D", "\u200B", "\u202E", "\uD83C\uDF0A", "&amp;", "_", "\\", "> ", "[", "](x)"};

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = FuzzTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void randomAndMutatedArticlesNeverFailOrStall() throws IOException {
        Readout readout = new Readout();
        List<String> seeds = List.of(new String(seed("seed-vn-cuba-2021.txt"), StandardCharsets.UTF_8),
                new String(seed("seed-vn-cuba-2022.txt"), StandardCharsets.UTF_8));
        Random rnd = new Random(20261126L);
        for (int i = 0; i < 50; i++) readout.summarize("warm.txt", null, seeds.get(i % 2).getBytes(StandardCharsets.UTF_8));
        List<String> slow = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String text = switch (run % 3) {
                case 0 -> mutate(seeds.get(rnd.nextInt(2)), rnd);
                case 1 -> assemble(rnd);
                default -> randomChars(rnd);
            };
            String name = switch (rnd.nextInt(4)) {
                case 0 -> "a.html";
                case 1 -> "a.json";
                case 2 -> "a.md";
                default -> "a.txt";
            };
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Readout.Read read = readout.read(name, null, bytes);
            SummaryRecord r = read.record();
            long took = System.nanoTime() - t0;
            // the span contract holds on whatever the mutations made
            for (var st : r.statements()) assertEquals(st.text(), SpanContractTest.at(read.text(), st.span()), "run " + run);
            for (var ag : r.agreements()) assertEquals(ag.text(), SpanContractTest.at(read.text(), ag.span()), "run " + run);
            assertNotNull(r.status());
            assertTrue(!"EXTRACTION_ERROR".equals(r.error() == null ? null : r.error().code()),
                    "run " + run + " threw inside the engine: " + (r.error() == null ? "" : r.error().message()));
            if (took > STALL_NANOS) slow.add("run " + run + " took " + took / 1_000_000 + " ms");
        }
        assertTrue(slow.isEmpty(), slow.toString());
    }

    private static String mutate(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(40);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(5)) {
                case 0 -> b.delete(at, Math.min(b.length(), at + rnd.nextInt(200)));
                case 1 -> b.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
                case 2 -> {
                    int end = Math.min(b.length(), at + rnd.nextInt(300));
                    b.insert(rnd.nextInt(b.length()), b.substring(at, end));
                }
                case 3 -> b.setCharAt(at, (char) (rnd.nextInt(0x2FFF) + 1));
                default -> b.insert(at, "\n\n");
            }
        }
        return b.toString();
    }

    private static String assemble(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = 20 + rnd.nextInt(400);
        for (int i = 0; i < n; i++) b.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextBoolean() ? " " : "");
        return b.toString();
    }

    private static String randomChars(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(5000);
        for (int i = 0; i < n; i++) {
            int cp = rnd.nextInt(10) < 7 ? 32 + rnd.nextInt(95) : rnd.nextInt(0x10FFFF);
            if (Character.isSurrogate((char) cp) || !Character.isValidCodePoint(cp)) cp = 'x';
            b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
