package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.DynamoDbSummaryStore;
import readout.store.Listing;
import readout.store.Page;
import readout.store.Pages;
import readout.store.Provenance;
import readout.store.PutOutcome;
import readout.store.SummaryStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB store against a real DynamoDB API (dynalite here, LocalStack or AWS elsewhere). */
class DynamoDbSummaryStoreIT {
    private static final Listing DAY = new Listing.ByDate("2021-05-06");
    private static final Listing FAILED = new Listing.ByStatus("FAILED");
    private final Readout readout = new Readout();
    private DynamoDbClient dynamo;
    private DynamoDbSummaryStore store;

    @BeforeEach
    void table() {
        dynamo = Emulators.dynamo();
        store = new DynamoDbSummaryStore(dynamo, Emulators.createTable(dynamo), Emulators.DATE_INDEX, Emulators.STATUS_INDEX);
    }

    private SummaryRecord version(String source, int n) {
        return readout.summarize(source, null, ("date 2021-05-06 \n\nHÀ NỘI — Version " + n + ": Prime Minister Pham Minh Chinh said ties are strong.")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Provenance event(String sequencer) {
        return new Provenance("b", "k.txt", null, "etag", sequencer);
    }

    @Test
    void writesAreOrderedBySequencerAndIdempotent() {
        SummaryRecord v1 = version("s3://b/k.txt", 1);
        SummaryRecord v2 = version("s3://b/k.txt", 2);
        assertEquals(PutOutcome.WRITTEN, store.put(v1, event("0055AED6DCD90281E5")));
        assertEquals(PutOutcome.DUPLICATE, store.put(v1, event("0055AED6DCD90281E5")));
        assertEquals(PutOutcome.WRITTEN, store.put(v2, event("0055AED6DCD90281E6")));
        assertEquals(PutOutcome.SUPERSEDED, store.put(v1, event("0055AED6DCD90281E5")), "an older event never overwrites");
        assertEquals(v2, store.get(v2.articleId()).orElseThrow());
        // sequencers of different lengths compare after right-padding with zeros
        assertEquals(PutOutcome.SUPERSEDED, store.put(v1, event("0055AED6DCD90281")));
        assertEquals(PutOutcome.WRITTEN, store.put(version("s3://b/k.txt", 3), event("0055AED6DCD90281E6000001")));
    }

    @Test
    void aRedoRewritesOnlyWhatAnotherExtractorOrOtherBytesMade() {
        SummaryRecord v1 = version("s3://b/r.txt", 1);
        assertEquals(PutOutcome.WRITTEN, store.put(v1, event("0A")));
        assertEquals(PutOutcome.DUPLICATE, store.put(v1, Provenance.none()));
        SummaryRecord v2 = version("s3://b/r.txt", 2);
        assertEquals(PutOutcome.WRITTEN, store.put(v2, Provenance.none()));
        assertEquals("0A" + "0".repeat(30), store.meta(v2.articleId()).orElseThrow().sequencer(), "a redo keeps the event order");
        assertEquals(PutOutcome.SUPERSEDED, store.put(v1, event("09")), "so an older event still cannot win");
    }

    @Test
    void concurrentShuffledReplaysLeaveOneRecordWithTheNewestContent() throws Exception {
        List<Runnable> work = new ArrayList<>();
        List<SummaryRecord> newest = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            String src = "s3://b/key-" + k + ".txt";
            for (int v = 1; v <= 3; v++) {
                SummaryRecord r = version(src, v);
                String seq = String.format("00%02X", v);
                for (int replay = 0; replay < 3; replay++) work.add(() -> store.put(r, event(seq)));
                if (v == 3) newest.add(r);
            }
        }
        Collections.shuffle(work, new Random(42));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (Runnable w : work) fs.add(pool.submit(w));
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        for (SummaryRecord r : newest) assertEquals(r, store.get(r.articleId()).orElseThrow());
        Set<String> ids = new HashSet<>();
        String token = null;
        do {
            Page<SummaryRecord> p = store.list(DAY, 4, token);
            for (SummaryRecord r : p.items()) assertTrue(ids.add(r.articleId()), "listed once");
            token = p.nextToken();
        } while (token != null);
        assertEquals(10, ids.size());
    }

    @Test
    void listsByDatePageByPageAndRefusesForeignTokens() {
        for (int i = 0; i < 5; i++) store.put(version("s3://b/d" + i + ".txt", i), event("01"));
        store.put(readout.summarize("s3://b/other.txt", null, "date 2021-05-07 \n\nChinh said so.".getBytes(StandardCharsets.UTF_8)), event("01"));
        Page<SummaryRecord> first = store.list(DAY, 3, null);
        assertEquals(3, first.items().size());
        Page<SummaryRecord> second = store.list(DAY, 3, first.nextToken());
        assertEquals(2, second.items().size());
        assertTrue(second.nextToken() == null || store.list(DAY, 3, second.nextToken()).items().isEmpty());
        assertThrows(SummaryStore.BadTokenException.class, () -> store.list(new Listing.ByDate("2021-05-07"), 3, first.nextToken()));
        assertThrows(SummaryStore.BadTokenException.class, () -> store.list(new Listing.Undated(), 3, first.nextToken()));
        assertThrows(SummaryStore.BadTokenException.class, () -> store.list(DAY, 3, "bm90IGpzb24"));
    }

    private static String token(String listing, String articleId, String keyAttribute, String keyValue, String updatedAt) {
        String json = "{\"listing\":\"" + listing + "\",\"after\":{\"articleId\":\"" + articleId + "\",\"" + keyAttribute + "\":\""
                + keyValue + "\",\"updatedAt\":\"" + updatedAt + "\"}}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aForgedTokenIsRefusedBeforeDynamoDbSeesIt() {
        for (int i = 0; i < 3; i++) store.put(version("s3://b/t" + i + ".txt", i), event("01"));
        String id = "0123456789abcdef0123456789abcdef", at = "2026-11-26T15:42:20.812000Z";
        // the shape this store makes is accepted, wherever it points
        store.list(DAY, 2, token("date:2021-05-06", id, "publishedDate", "2021-05-06", at));
        store.list(FAILED, 2, token("status:FAILED", id, "status", "FAILED", at));
        Map<String, Listing> forged = Map.of(
                token("date:2021-05-06", id, "publishedDate", "2021-05-07", at), DAY, // another day's partition
                token("date:2021-05-06", id, "status", "2021-05-06", at), DAY, // another index's key
                token("date:2021-05-06", "checkpoint#b/p", "publishedDate", "2021-05-06", at), DAY, // no record's id
                token("date:2021-05-06", id, "publishedDate", "2021-05-06", "yesterday"), DAY, // no time
                token("status:FAILED", id, "status", "OK", at), FAILED); // the OK records' partition
        forged.forEach((t, listing) -> assertThrows(SummaryStore.BadTokenException.class, () -> store.list(listing, 2, t), t));
    }

    @Test
    void failedAndUndatedRecordsAreListedByTheirIndexesNewestWriteFirst() {
        store.put(version("s3://b/dated.txt", 1), event("01"));
        List<String> failedOnes = new ArrayList<>(), undated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SummaryRecord f = readout.summarize("s3://b/empty" + i + ".txt", null, new byte[0]);
            SummaryRecord u = readout.summarize("s3://b/undated" + i + ".txt", null, ("Story " + i + ": Chinh said ties are strong.").getBytes(StandardCharsets.UTF_8));
            store.put(f, event("01"));
            store.put(u, event("01"));
            failedOnes.add(0, f.source());
            undated.add(0, f.source());
            undated.add(0, u.source());
        }
        assertEquals(failedOnes, Pages.sources(store, FAILED, 2));
        assertEquals(undated, Pages.sources(store, new Listing.Undated(), 3));
        assertEquals(6, Pages.sources(store, new Listing.ByStatus("OK"), 4).size());
        assertEquals(List.of("s3://b/dated.txt"), Pages.sources(store, DAY, 4));
        // a FAILED record redone into an OK one leaves the FAILED listing, though the index may lag the write
        store.put(readout.summarize("s3://b/empty0.txt", null, "Chinh said ties are strong.".getBytes(StandardCharsets.UTF_8)), event("02"));
        assertEquals(failedOnes.subList(0, 4), Pages.sources(store, FAILED, 10));
    }

    @Test
    void pagingWhileRecordsAreInsertedConcurrentlyListsEachRecordOnceAndSkipsNone() throws Exception {
        Set<String> failedBefore = new HashSet<>(), datedBefore = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            SummaryRecord f = readout.summarize("s3://b/old" + i + ".txt", null, new byte[0]);
            SummaryRecord d = version("s3://b/old-dated" + i + ".txt", i);
            store.put(f, event("01"));
            store.put(d, event("01"));
            failedBefore.add(f.source());
            datedBefore.add(d.source());
        }
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writes.add(writers.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    store.put(readout.summarize("s3://b/new" + writer + "-" + i + ".txt", null, new byte[0]), event("01"));
                    store.put(version("s3://b/new-dated" + writer + "-" + i + ".txt", i), event("01"));
                }
            }));
        }
        List<String> listedFailed = Pages.sources(store, FAILED, 2), listedDay = Pages.sources(store, DAY, 2);
        for (Future<?> f : writes) f.get();
        writers.shutdown();
        for (List<String> listed : List.of(listedFailed, listedDay)) {
            assertEquals(new HashSet<>(listed).size(), listed.size(), "a record listed twice: " + listed);
        }
        assertTrue(listedFailed.containsAll(failedBefore), "skipped: " + listedFailed);
        assertTrue(listedDay.containsAll(datedBefore), "skipped: " + listedDay);
    }

    @Test
    void failedRecordsCheckpointsAndLargeRecordsAreStoredAndATooLargeOneAsFailed() {
        SummaryRecord failed = readout.summarize("s3://b/empty.txt", null, new byte[0]);
        store.put(failed, event("01"));
        assertEquals("EMPTY", store.get(failed.articleId()).orElseThrow().error().code());

        store.saveCheckpoint("bucket/prefix", "news/a05.txt");
        assertEquals("news/a05.txt", store.checkpoint("bucket/prefix").orElseThrow());
        store.saveCheckpoint("bucket/prefix", null);
        assertTrue(store.checkpoint("bucket/prefix").isEmpty());

        StringBuilder big = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 1500; i++) big.append("Prime Minister Pham Minh Chinh said that trade item ").append(i).append(" will grow. ");
        SummaryRecord large = readout.summarize("s3://b/big.txt", null, big.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(RecordJson.toJson(large).length() > 100_000, "large enough to be compressed");
        assertEquals(PutOutcome.WRITTEN, store.put(large, event("01")));
        assertEquals(large, store.get(large.articleId()).orElseThrow());

        // random words do not compress: a record of them cannot fit a 400 KB item even gzipped
        java.util.Random random = new java.util.Random(7);
        StringBuilder noise = new StringBuilder("Headline\n\n");
        while (noise.length() < 1_500_000) {
            noise.append("Prime Minister Pham Minh Chinh said that");
            for (int w = 0; w < 12; w++) {
                noise.append(' ');
                for (int c = 0; c < 7; c++) noise.append((char) ('a' + random.nextInt(26)));
            }
            noise.append(". ");
        }
        SummaryRecord huge = readout.summarize("s3://b/huge.txt", null, noise.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(PutOutcome.WRITTEN_TOO_LARGE, store.put(huge, event("01")));
        SummaryRecord stored = store.get(huge.articleId()).orElseThrow();
        assertEquals("FAILED", stored.status());
        assertEquals(SummaryStore.RECORD_TOO_LARGE, stored.error().code());
        assertEquals(huge.summary(), stored.summary(), "its metadata and summary are kept");
    }
}
