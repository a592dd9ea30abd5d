package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.lambda.Config;
import readout.lambda.ScheduledBatchHandler;
import readout.lambda.Services;
import readout.source.ArticleSource;
import readout.source.FetchedObject;
import readout.source.ListedObject;
import readout.store.InMemorySummaryStore;

/** What {@code serve --watch} says after each cycle: summarized, failed (source, code, reason) and skipped, apart. */
class WatchTest {
    private final Map<String, byte[]> bucket = new TreeMap<>();
    private final Services[] self = new Services[1];
    private final Watch watch = new Watch(() -> self[0].worker, "articles");
    private final ScheduledBatchHandler batch;

    WatchTest() {
        ArticleSource source = new ArticleSource() {
            @Override
            public Optional<FetchedObject> fetch(String b, String key, String versionId, int maxBytes) {
                byte[] bytes = bucket.get(key);
                return bytes == null ? Optional.empty() : Optional.of(new FetchedObject(bytes, null, etag(bytes), null, bytes.length, false));
            }

            @Override
            public Listing list(String b, String prefix, String startAfter, int pageSize) {
                List<ListedObject> out = new ArrayList<>();
                bucket.forEach((k, v) -> {
                    if (startAfter == null || k.compareTo(startAfter) > 0) out.add(new ListedObject(k, etag(v), v.length));
                });
                return new Listing(out, false);
            }
        };
        self[0] = new Services(Config.from(Map.of("SOURCE_BUCKET", "articles")), new Readout(), new InMemorySummaryStore(), source, watch);
        batch = new ScheduledBatchHandler(self[0]);
    }

    private static String etag(byte[] b) {
        return "\"" + b.length + "-" + java.util.Arrays.hashCode(b) + "\"";
    }

    private void upload(String key, String text) {
        bucket.put(key, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> cycle() {
        return watch.report(batch.handleRequest(null, null));
    }

    @Test
    void aCycleSaysWhatWasSummarizedWhatFailedAndWhyAndWhatWasSkipped() {
        upload("news/talks.txt", "The mayor said the bridge will reopen in May.");
        upload("news/empty.txt", "");
        bucket.put("news/scan.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2});
        upload("news/photo.png", "not read");
        List<String> lines = cycle();
        assertEquals("readout: 3 new or changed object(s): 1 summarized, 2 failed", lines.get(0), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("readout:   failed: s3://articles/news/empty.txt: EMPTY: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("readout:   failed: s3://articles/news/scan.txt: BINARY: "), lines.get(2));
        assertTrue(lines.get(1).length() > "readout:   failed: s3://articles/news/empty.txt: EMPTY: ".length(), "with the reason");
        assertTrue(lines.get(3).startsWith("readout: skipped s3://articles/news/photo.png: not an article"), lines.get(3));
        assertEquals(4, lines.size(), String.join("\n", lines));

        assertEquals(List.of(), cycle(), "nothing new: nothing to say, and the skipped object is not named again");

        upload("news/talks.txt", "The mayor said the bridge will reopen in June.");
        assertEquals(List.of("readout: 1 new or changed object(s): 1 summarized, 0 failed"), cycle());
    }

    @Test
    void anObjectDeletedBeforeItIsReadIsNamedAsSkipped() {
        upload("news/gone.txt", "The mayor said the bridge will reopen.");
        // listed, then deleted before the worker reads it
        ArticleSource.Listing listed = self[0].source.list("articles", "", null, 10);
        bucket.clear();
        watch.send(List.of(new readout.source.ObjectRef("articles", listed.objects().get(0).key(), null, null, null, 1)));
        assertEquals(List.of("readout: skipped s3://articles/news/gone.txt: deleted before it could be read"), cycle());
    }
}
