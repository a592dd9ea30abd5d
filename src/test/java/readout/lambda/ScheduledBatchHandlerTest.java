package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import readout.source.ObjectRef;
import readout.store.Provenance;

class ScheduledBatchHandlerTest {

    private static TestServices bucketWith(int articles) {
        TestServices t = new TestServices(Map.of("SOURCE_PREFIX", "news/"));
        for (int i = 0; i < articles; i++) {
            t.source.put(String.format("news/a%02d.txt", i), "Headline " + i + "\n\nPrime Minister Pham Minh Chinh said ties are strong " + i + ".");
        }
        t.source.put("news/photo.jpg", new byte[] {1, 2, 3});
        t.source.put("other/z.txt", "Headline\n\nNot under the prefix.");
        return t;
    }

    /** What the queue's workers would do with what the batch queued. */
    private static void drain(TestServices t) {
        List<ObjectRef> work = new ArrayList<>(t.queued);
        t.queued.clear();
        for (ObjectRef r : work) t.services.worker.process(r);
    }

    @ParameterizedTest
    @Event(value = "events/scheduled.json", type = ScheduledEvent.class)
    void queuesWhatHasNoRecordAndASecondRunQueuesNothing(ScheduledEvent event) {
        TestServices t = bucketWith(5);
        ScheduledBatchHandler.Report first = new ScheduledBatchHandler(t.services).handleRequest(event, null);
        assertEquals(6, first.seen());
        assertEquals(5, first.queued());
        assertEquals(1, first.skipped());
        assertEquals(List.of("news/photo.jpg"), first.skips().stream().map(ScheduledBatchHandler.Skip::key).toList(), "which was skipped");
        assertTrue(first.skips().get(0).reason().contains("does not end in .txt"), "and why: " + first.skips().get(0).reason());
        assertTrue(first.finished());
        drain(t);
        assertEquals(5, t.store.size());
        ScheduledBatchHandler.Report second = new ScheduledBatchHandler(t.services).handleRequest(event, null);
        assertEquals(0, second.queued());
        assertEquals(5, second.upToDate());
        assertTrue(t.queued.isEmpty());
    }

    @Test
    void everySkippedObjectIsCountedAndTheFirstOnesNamed() {
        TestServices t = bucketWith(1);
        for (int i = 0; i < ScheduledBatchHandler.NAMED_SKIPS + 5; i++) t.source.put("news/scan" + i + ".pdf", new byte[] {1});
        t.source.put("news/folder/", new byte[0]);
        ScheduledBatchHandler.Report r = new ScheduledBatchHandler(t.services).run(() -> Long.MAX_VALUE);
        assertEquals(ScheduledBatchHandler.NAMED_SKIPS + 7, r.skipped());
        assertEquals(ScheduledBatchHandler.NAMED_SKIPS, r.skips().size());
        assertEquals(new ScheduledBatchHandler.Skip("news/folder/", "a folder marker, not an object"), r.skips().get(0));
    }

    @Test
    void changedObjectsAndOtherExtractorVersionsAreRequeued() {
        TestServices t = bucketWith(3);
        new ScheduledBatchHandler(t.services).run(() -> Long.MAX_VALUE);
        drain(t);
        t.source.put("news/a01.txt", "Headline\n\nA new version: Chinh said trade will grow.");
        // a record written by an older engine
        var old = t.store.get(t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + "/news/a02.txt")).orElseThrow();
        var aged = new readout.record.SummaryRecord(old.articleId(), old.source(), old.format(), old.title(), old.publishedDate(),
                old.dateline(), old.agency(), old.participants(), old.organizations(), old.statements(), old.agreements(), old.summary(),
                old.keywords(), old.captions(), "0-old", old.contentSha256(), old.contentLength(), old.status(), old.error());
        t.store.put(aged, new Provenance(TestServices.BUCKET, "news/a02.txt", null, FakeSource.etag(t.source.objects.get("news/a02.txt")), null));
        ScheduledBatchHandler.Report r = new ScheduledBatchHandler(t.services).run(() -> Long.MAX_VALUE);
        assertEquals(2, r.queued());
        assertEquals(List.of("news/a01.txt", "news/a02.txt"), t.queued.stream().map(ObjectRef::key).toList());
    }

    @Test
    void stopsWithinItsTimeBudgetAndResumesFromTheCheckpoint() {
        TestServices t = bucketWith(7);
        AtomicLong calls = new AtomicLong();
        // time for four objects only, listed two a page
        ScheduledBatchHandler h = new ScheduledBatchHandler(t.services, 2);
        ScheduledBatchHandler.Report first = h.run(() -> calls.incrementAndGet() <= 4 ? 60_000 : 10);
        assertFalse(first.finished());
        assertEquals(4, first.queued());
        assertEquals("news/a03.txt", first.checkpoint());
        assertEquals("news/a03.txt", t.store.checkpoint(TestServices.BUCKET + "/news/").orElseThrow());
        ScheduledBatchHandler.Report second = h.run(() -> 60_000);
        assertTrue(second.finished());
        assertEquals(3, second.queued(), "a04..a06 are left; the .jpg is skipped");
        assertEquals(1, second.skipped());
        assertNull(second.checkpoint());
        assertTrue(t.store.checkpoint(TestServices.BUCKET + "/news/").isEmpty());
        assertEquals(7, t.queued.size(), "every article queued once over the two runs");
        assertEquals(7, t.queued.stream().map(ObjectRef::key).distinct().count());
    }

    @Test
    void aQueueFaultLeavesTheCheckpointBeforeTheUnqueuedPage() {
        TestServices t = bucketWith(4);
        Services failing = new Services(t.services.config, t.services.readout, t.store, t.source, objects -> {
            throw new IllegalStateException("SQS is down");
        });
        try {
            new ScheduledBatchHandler(failing, 2).run(() -> 60_000);
        } catch (IllegalStateException expected) {
            // the run fails; nothing was skipped past
        }
        assertTrue(t.store.checkpoint(TestServices.BUCKET + "/news/").isEmpty());
    }

    @Test
    void interruptedAtAnyPointTheBatchEndsWithTheSameRecordsAsAnUninterruptedRun() {
        TestServices reference = bucketWith(9);
        new ScheduledBatchHandler(reference.services, 4).run(() -> Long.MAX_VALUE);
        drain(reference);
        for (int budget = 1; budget <= 11; budget++) {
            TestServices t = bucketWith(9);
            ScheduledBatchHandler h = new ScheduledBatchHandler(t.services, 4);
            int runs = 0;
            ScheduledBatchHandler.Report r;
            do {
                AtomicLong left = new AtomicLong(budget);
                r = h.run(() -> left.getAndDecrement() > 0 ? 60_000 : 10);
                drain(t);
                assertTrue(++runs < 50, "the walk makes progress");
            } while (!r.finished());
            for (int i = 0; i < 9; i++) {
                String id = t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + String.format("/news/a%02d.txt", i));
                assertEquals(reference.store.get(id), t.store.get(id), "budget " + budget + ", article " + i);
            }
            assertEquals(reference.store.size(), t.store.size());
            assertEquals(0, new ScheduledBatchHandler(t.services, 4).run(() -> Long.MAX_VALUE).queued(), "then nothing is stale");
        }
    }
}
