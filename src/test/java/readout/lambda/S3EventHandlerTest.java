package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import readout.record.SummaryRecord;

class S3EventHandlerTest {
    static final String DECODED_KEY = "news/2021/Hà Nội seed-vn-cuba-2021.txt";

    static byte[] seed() throws IOException {
        try (InputStream in = S3EventHandlerTest.class.getResourceAsStream("/articles/seed-vn-cuba-2021.txt")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void summarizesTheUploadedObjectUnderItsDecodedKey(S3Event event) throws IOException {
        TestServices t = new TestServices();
        t.source.put(DECODED_KEY, seed());
        new S3EventHandler(t.services).handleRequest(event, null);
        String id = t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + "/" + DECODED_KEY);
        SummaryRecord r = t.store.get(id).orElseThrow();
        assertEquals("OK", r.status());
        assertEquals("s3://" + TestServices.BUCKET + "/" + DECODED_KEY, r.source());
        assertTrue(r.statements().stream().anyMatch(s -> s.speaker().equals("Nguyễn Phú Trọng")));
        assertEquals("0055AED6DCD90281E5" + "0".repeat(14), t.store.meta(id).orElseThrow().sequencer());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void theSameEventTwiceLeavesOneRecord(S3Event event) throws IOException {
        TestServices t = new TestServices();
        t.source.put(DECODED_KEY, seed());
        S3EventHandler h = new S3EventHandler(t.services);
        assertEquals("processed 1, stored 1", h.handleRequest(event, null));
        assertEquals("processed 1, stored 0", h.handleRequest(event, null));
        assertEquals(1, t.store.size());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void objectsOutsideThePrefixOrSuffixesAreSkipped(S3Event event) throws IOException {
        TestServices t = new TestServices(java.util.Map.of("SOURCE_PREFIX", "incoming/"));
        t.source.put(DECODED_KEY, seed());
        assertEquals("processed 1, stored 0", new S3EventHandler(t.services).handleRequest(event, null));
        assertEquals(0, t.source.fetches, "a skipped key is not even read");
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void aBadObjectLeavesAFailedRecordWithTheReason(S3Event event) {
        TestServices t = new TestServices();
        t.source.put(DECODED_KEY, new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        new S3EventHandler(t.services).handleRequest(event, null);
        SummaryRecord r = t.store.get(t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + "/" + DECODED_KEY)).orElseThrow();
        assertEquals("FAILED", r.status());
        assertEquals("BINARY", r.error().code());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void anObjectOverTheLimitIsRecordedWithoutBeingRead(S3Event event) {
        TestServices t = new TestServices(java.util.Map.of("MAX_ARTICLE_BYTES", "100"));
        t.source.put(DECODED_KEY, "x".repeat(101));
        new S3EventHandler(t.services).handleRequest(event, null);
        SummaryRecord r = t.store.get(t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + "/" + DECODED_KEY)).orElseThrow();
        assertEquals("TOO_LARGE", r.error().code());
    }
}
