package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import readout.article.ArticleParser;
import readout.extract.Extractor;
import readout.record.RecordJson;
import readout.record.SummaryRecord;

class ReadoutTest {
    private final Readout readout = new Readout();
    private static final byte[] ARTICLE = "Headline\n\nHÀ NỘI — Prime Minister Pham Minh Chinh said ties are strong."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aRecordCarriesIdentityVersionAndHash() {
        SummaryRecord r = readout.summarize("s3://bucket/news/a.txt", null, ARTICLE);
        assertEquals("OK", r.status());
        assertNull(r.error());
        assertEquals(Extractor.VERSION, r.extractorVersion());
        assertEquals(64, r.contentSha256().length());
        assertEquals(ARTICLE.length, r.contentLength());
        assertEquals(32, r.articleId().length());
        assertEquals("text", r.format());
    }

    @Test
    void theIdIsStablePerSourceAndPerContentWithoutOne() {
        SummaryRecord a = readout.summarize("s3://bucket/a.txt", null, ARTICLE);
        SummaryRecord b = readout.summarize("s3://bucket/a.txt", null, "Changed text.".getBytes(StandardCharsets.UTF_8));
        assertEquals(a.articleId(), b.articleId(), "a new version of an object keeps its record");
        assertNotEquals(a.contentSha256(), b.contentSha256());
        assertNotEquals(a.articleId(), readout.summarize("s3://bucket/b.txt", null, ARTICLE).articleId());
        assertEquals(readout.summarize(null, null, ARTICLE).articleId(), readout.summarize(null, null, ARTICLE).articleId());
    }

    @Test
    void rejectedInputYieldsAFailedRecordWithTheReason() {
        SummaryRecord r = readout.summarize("empty.txt", null, new byte[0]);
        assertEquals("FAILED", r.status());
        assertEquals("EMPTY", r.error().code());
        assertTrue(r.statements().isEmpty());
        assertEquals("BINARY", readout.summarize("x.txt", null, new byte[] {'%', 'P', 'D', 'F', '-'}).error().code());
    }

    @Test
    void recordsRoundTripThroughJson() {
        SummaryRecord r = readout.summarize("a.txt", null, ARTICLE);
        String json = RecordJson.toJson(r);
        assertEquals(r, RecordJson.fromJson(json));
        assertTrue(json.contains("\"speaker\":\"Pham Minh Chinh\""), json);
        assertTrue(json.contains("\"span\":{\"start\":"), json);
    }

    @Test
    void summaryLeadsWithTheFirstSentenceAndKeywordsSkipNames() {
        SummaryRecord r = readout.summarize("a.txt", null, ("Headline\n\nPrime Minister Pham Minh Chinh met diplomats on trade. "
                + "Chinh said trade and investment will grow. Trade talks continue with investment partners. The weather was fine.")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(r.summary().get(0).startsWith("Prime Minister Pham Minh Chinh met diplomats"));
        assertTrue(r.summary().size() <= 3);
        assertTrue(r.keywords().contains("trade"), r.keywords().toString());
        assertTrue(r.keywords().stream().noneMatch(k -> k.equalsIgnoreCase("chinh")));
    }

    @Test
    void anErrorWhileReadingOneArticleIsItsFailedRecordAndTheNextIsRead() {
        Readout faulty = new Readout(new ArticleParser(), a -> {
            if (a.text().contains("deep")) throw new StackOverflowError();
            return new Extractor().extract(a);
        });
        SummaryRecord r = faulty.summarize("a.txt", null, "Headline\n\nA deep article.".getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", r.status());
        assertEquals("EXTRACTION_ERROR", r.error().code());
        assertTrue(r.error().message().contains("StackOverflowError"), r.error().message());
        assertEquals("OK", faulty.summarize("b.txt", null, ARTICLE).status());
    }
}
