package readout.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Issue 10, finding 8: an object is measured by its Content-Length before its body, and read no further than the limit. */
class S3ArticleSourceTest {
    private static final int LIMIT = 1000;

    private final AtomicLong served = new AtomicLong();
    private final AtomicBoolean aborted = new AtomicBoolean();

    /** An S3 client whose one object announces {@code contentLength} (null: none) and then serves {@code body} bytes. */
    private S3Client s3(Long contentLength, long body) {
        return new S3Client() {
            @Override
            public String serviceName() {
                return "s3";
            }

            @Override
            public void close() {}

            @Override
            public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
                InputStream stream = new InputStream() {
                    @Override
                    public int read() {
                        if (served.get() >= body) return -1;
                        served.incrementAndGet();
                        return 'a';
                    }
                };
                GetObjectResponse meta = GetObjectResponse.builder().contentLength(contentLength).contentType("text/plain").eTag("\"e1\"").build();
                return new ResponseInputStream<>(meta, AbortableInputStream.create(stream, () -> aborted.set(true)));
            }
        };
    }

    @Test
    void anObjectWhoseLengthIsOverTheLimitIsNotRead() {
        long threeGiB = 3L << 30;
        FetchedObject o = new S3ArticleSource(s3(threeGiB, threeGiB)).fetch("b", "big.txt", null, LIMIT).orElseThrow();
        assertTrue(o.tooLarge());
        assertEquals(threeGiB, o.size());
        assertEquals(0, o.bytes().length);
        assertEquals(0, served.get(), "no byte of the body is read");
        assertTrue(aborted.get(), "the connection is dropped rather than drained");
    }

    @Test
    void aBodyLongerThanItsLengthSaidOrWithoutOneIsReadOnlyToTheLimit() {
        for (Long announced : new Long[] {null, 10L}) {
            served.set(0);
            aborted.set(false);
            FetchedObject o = new S3ArticleSource(s3(announced, Long.MAX_VALUE)).fetch("b", "endless.txt", null, LIMIT).orElseThrow();
            assertTrue(o.tooLarge(), String.valueOf(announced));
            assertEquals(LIMIT + 1, served.get());
            assertTrue(aborted.get());
        }
    }

    @Test
    void anObjectWithinTheLimitIsReadWhole() {
        FetchedObject o = new S3ArticleSource(s3((long) LIMIT, LIMIT)).fetch("b", "a.txt", null, LIMIT).orElseThrow();
        assertFalse(o.tooLarge());
        assertArrayEquals("a".repeat(LIMIT).getBytes(StandardCharsets.US_ASCII), o.bytes());
        assertEquals("\"e1\"", o.etag());
    }
}
