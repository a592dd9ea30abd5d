package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import readout.record.SummaryRecord;
import readout.source.ObjectRef;
import readout.store.PutOutcome;
import readout.store.SummaryStore;
import readout.telemetry.Metric;
import readout.testing.FakeContext;
import readout.testing.RecordingTelemetry;
import readout.testing.RecordingTelemetry.Put;

/** What each handler counts and times, per invocation, and that each invocation flushes once. */
class HandlerMetricsTest {
    private final RecordingTelemetry metrics = new RecordingTelemetry();
    private final TestServices t = new TestServices(metrics);

    private SummaryRecord stored() {
        return t.store.get(t.services.readout.articleIdOf("s3://" + TestServices.BUCKET + "/" + S3EventHandlerTest.DECODED_KEY)).orElseThrow();
    }

    @Test
    void aSummarizedArticleCountsItsStatementsAgreementsAndTimes() throws Exception {
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        S3Event event = EventLoader.loadS3Event("events/s3-put.json");
        new S3EventHandler(t.services).handleRequest(event, new FakeContext("req-1"));
        SummaryRecord r = stored();
        assertEquals(List.of(1.0), metrics.values(Metric.ARTICLES_SUMMARIZED));
        assertEquals(List.of((double) r.statements().size()), metrics.values(Metric.STATEMENTS));
        assertEquals(List.of((double) r.agreements().size()), metrics.values(Metric.AGREEMENTS));
        assertTrue(r.statements().size() > 0);
        assertEquals(1, metrics.values(Metric.SUMMARIZE_TIME).size());
        double object = metrics.values(Metric.OBJECT_TIME).get(0);
        assertTrue(object >= metrics.values(Metric.SUMMARIZE_TIME).get(0) && object > 0, "the object's time includes the engine's");
        assertEquals(1, metrics.flushes);
        assertEquals(1, metrics.coldStarts);

        new S3EventHandler(t.services).handleRequest(event, new FakeContext("req-2"));
        assertEquals(List.of(1.0), metrics.values(Metric.ARTICLES_UNCHANGED), "a redelivery stores nothing new");
        assertEquals(1.0, metrics.sum(Metric.ARTICLES_SUMMARIZED));
        assertEquals(2, metrics.flushes);
    }

    @Test
    void aRejectedObjectCountsAsFailedAndByItsReason() throws Exception {
        t.source.put(S3EventHandlerTest.DECODED_KEY, new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0});
        new S3EventHandler(t.services).handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null);
        assertEquals(List.of(1.0), metrics.values(Metric.ARTICLES_FAILED));
        assertTrue(metrics.puts.contains(new Put(Metric.ARTICLES_FAILED, 1, "Reason", "BINARY")), metrics.puts.toString());
        assertTrue(metrics.values(Metric.ARTICLES_SUMMARIZED).isEmpty());
        assertTrue(metrics.values(Metric.SUMMARIZE_TIME).size() == 1, "a rejection is timed too");
        assertEquals(1, metrics.flushes);
    }

    @Test
    void aRecordTheStoreReplacedAsTooLargeIsReportedAsFailed() throws Exception {
        // a store whose item limit the record exceeded wrote a FAILED record in its place (DynamoDB's 400 KB)
        SummaryStore tooSmall = (SummaryStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SummaryStore.class},
                (proxy, method, args) -> method.getName().equals("put") ? PutOutcome.WRITTEN_TOO_LARGE : method.invoke(t.store, args));
        Services s = new Services(t.services.config, t.services.readout, tooSmall, t.source, t.queue, metrics);
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        ObjectRef ref = new ObjectRef(TestServices.BUCKET, S3EventHandlerTest.DECODED_KEY, null, null, "01", 0);
        ArticleWorker.Result r = s.worker.process(ref);
        assertEquals(ArticleWorker.Outcome.STORED_FAILED, r.outcome());
        assertEquals(SummaryStore.RECORD_TOO_LARGE, r.errorCode());
        assertTrue(metrics.puts.contains(new Put(Metric.ARTICLES_FAILED, 1, "Reason", SummaryStore.RECORD_TOO_LARGE)));
        assertTrue(metrics.values(Metric.ARTICLES_SUMMARIZED).isEmpty());
    }

    @Test
    void aKeyThatIsNoArticleIsCountedAsSkipped() throws Exception {
        TestServices prefixed = new TestServices(Map.of("SOURCE_PREFIX", "incoming/"), metrics);
        new S3EventHandler(prefixed.services).handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null);
        assertEquals(List.of(1.0), metrics.values(Metric.OBJECTS_SKIPPED));
        assertTrue(metrics.values(Metric.SUMMARIZE_TIME).isEmpty(), "nothing was summarized");
    }

    @Test
    void queueMessagesThatFailAreCountedByKind() throws Exception {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-s3-put.json");
        t.source.failWith = new IllegalStateException("S3 is down");
        new SqsEventHandler(t.services).handleRequest(event, null);
        assertEquals(List.of(1.0), metrics.values(Metric.MESSAGES_RETRIED));

        event.getRecords().get(0).setBody("not json");
        new SqsEventHandler(t.services).handleRequest(event, null);
        assertEquals(List.of(1.0), metrics.values(Metric.MESSAGES_MALFORMED));
        assertEquals(2, metrics.flushes);
    }

    @Test
    void apiRequestsAreCountedWithTheirErrorsAndLatency() throws Exception {
        ApiHandler api = new ApiHandler(t.services);
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        assertEquals(201, api.handleRequest(post, null).getStatusCode(), "posted with ?store=true");
        APIGatewayV2HTTPEvent missing = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        assertEquals(404, api.handleRequest(missing, null).getStatusCode());
        assertEquals(2.0, metrics.sum(Metric.API_REQUESTS));
        assertEquals(List.of(1.0), metrics.values(Metric.API_CLIENT_ERRORS));
        assertTrue(metrics.values(Metric.API_SERVER_ERRORS).isEmpty());
        assertEquals(2, metrics.values(Metric.API_LATENCY).size());
        assertEquals(2, metrics.flushes);
    }

    @Test
    void theBatchReportsItsProgress() throws Exception {
        TestServices b = new TestServices(Map.of("SOURCE_PREFIX", "news/"), metrics);
        for (int i = 0; i < 3; i++) b.source.put("news/a" + i + ".txt", "Headline\n\nPrime Minister Pham Minh Chinh said ties are strong.");
        b.source.put("news/photo.jpg", new byte[] {1, 2, 3});
        ScheduledEvent event = EventLoader.loadScheduledEvent("events/scheduled.json");
        new ScheduledBatchHandler(b.services).handleRequest(event, new FakeContext("batch-1", 120_000));
        assertEquals(List.of(4.0), metrics.values(Metric.BATCH_OBJECTS_SEEN));
        assertEquals(List.of(3.0), metrics.values(Metric.BATCH_OBJECTS_QUEUED));
        assertEquals(List.of(0.0), metrics.values(Metric.BATCH_OBJECTS_UP_TO_DATE));
        assertEquals(List.of(1.0), metrics.values(Metric.BATCH_WALKS_FINISHED));
        assertEquals(1, metrics.flushes);
    }
}
