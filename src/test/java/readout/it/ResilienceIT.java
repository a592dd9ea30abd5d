package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.lambda.Services;
import readout.lambda.SqsEventHandler;
import readout.record.SummaryRecord;
import readout.source.S3ArticleSource;
import readout.store.DynamoDbSummaryStore;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** Nothing lost, nothing doubled: a burst of shuffled duplicate events, and S3 and DynamoDB failing mid-run. */
class ResilienceIT {
    private Emulators.Stack stack;

    @BeforeEach
    void stack() {
        stack = Emulators.stack();
    }

    /** Fails the next N requests of one kind, as an outage or throttling would. */
    private static final class Outage implements ExecutionInterceptor {
        final Class<? extends SdkRequest> kind;
        final AtomicInteger remaining = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        Outage(Class<? extends SdkRequest> kind) {
            this.kind = kind;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (kind.isInstance(context.request()) && remaining.getAndDecrement() > 0) {
                failed.incrementAndGet();
                throw SdkClientException.create("injected outage");
            }
        }
    }

    private Services servicesWith(Outage dynamoOutage, Outage s3Outage) {
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(dynamoOutage).retryStrategy(DefaultRetryStrategy.doNotRetry())).build();
        S3Client s3 = Emulators.s3Builder()
                .overrideConfiguration(o -> o.addExecutionInterceptor(s3Outage).retryStrategy(DefaultRetryStrategy.doNotRetry())).build();
        Services base = stack.services();
        return new Services(base.config, new Readout(), new DynamoDbSummaryStore(dynamo, stack.table(), Emulators.DATE_INDEX, Emulators.STATUS_INDEX),
                new S3ArticleSource(s3), base.queue);
    }

    private static SQSEvent event(List<String> bodies, int firstId) {
        // message ids "m<index>" so a failure names the body it came from
        SQSEvent e = SqsEventHandler.eventOf(bodies, "m");
        for (int k = 0; k < e.getRecords().size(); k++) e.getRecords().get(k).setMessageId("m" + (firstId + k));
        return e;
    }

    private String upload(String key, String text) {
        return stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromBytes(text.getBytes(StandardCharsets.UTF_8))).eTag();
    }

    private static String notification(String bucket, String key, String etag, String sequencer) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
                + "\"s3\":{\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"eTag\":\"" + etag.replace("\"", "")
                + "\",\"sequencer\":\"" + sequencer + "\",\"size\":100}}}]}";
    }

    private int tableItems() {
        int count = 0; // a scan answers a page (1 MB) at a time
        for (var page : stack.dynamo().scanPaginator(b -> b.tableName(stack.table()).select("COUNT"))) count += page.count();
        return count;
    }

    @Test
    void dynamoAndS3OutagesAreRetriedAndRedeliveryCompletesEverythingOnce() {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "news/f" + i + ".txt";
            String etag = upload(key, "Headline " + i + "\n\nPrime Minister Pham Minh Chinh said ties are strong " + i + ".");
            bodies.add(notification(stack.bucket(), key, etag, "01"));
        }
        Outage dynamoDown = new Outage(UpdateItemRequest.class);
        Outage s3Down = new Outage(GetObjectRequest.class);
        SqsEventHandler handler = new SqsEventHandler(servicesWith(dynamoDown, s3Down));
        dynamoDown.remaining.set(6); // the write fails after the read: a crash between reading and writing
        s3Down.remaining.set(4);
        SQSBatchResponse first = handler.handleRequest(event(bodies, 0), null);
        assertEquals(10, first.getBatchItemFailures().size());
        assertEquals(10, tableItems(), "no partial record for a failed message");
        // SQS redelivers only the failed messages, after the outage
        List<String> again = new ArrayList<>();
        for (SQSBatchResponse.BatchItemFailure f : first.getBatchItemFailures()) {
            again.add(bodies.get(Integer.parseInt(f.getItemIdentifier().substring(1))));
        }
        SQSBatchResponse second = handler.handleRequest(event(again, 100), null);
        assertTrue(second.getBatchItemFailures().isEmpty());
        // and an at-least-once duplicate of everything changes nothing
        assertTrue(handler.handleRequest(event(bodies, 200), null).getBatchItemFailures().isEmpty());
        assertEquals(20, tableItems());
    }

    @Test
    void aBurstOfAThousandUploadsWithDuplicatesAndShuffledEventsLeavesOneRecordEach() throws Exception {
        int n = 1000;
        Random rnd = new Random(1000);
        List<String> bodies = new ArrayList<>();
        Map<String, String> newest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = String.format("burst/%04d article.txt", i);
            String encoded = key.replace(" ", "+");
            String text = i % 50 == 7 ? "" : "Headline " + i + "\n\nPrime Minister Pham Minh Chinh said ties are strong " + i + ".";
            String etag = upload(key, text);
            String body = notification(stack.bucket(), encoded, etag, String.format("00%04X01", i));
            int copies = 2 + (rnd.nextInt(10) == 0 ? 1 : 0);
            for (int c = 0; c < copies; c++) bodies.add(body);
            newest.put(key, text);
            if (i % 10 == 3) {
                // a second version; its older event is delivered too, in any order
                String v2 = "Headline " + i + " v2\n\nPrime Minister Pham Minh Chinh said trade will grow " + i + ".";
                String etag2 = upload(key, v2);
                bodies.add(notification(stack.bucket(), encoded, etag2, String.format("00%04X02", i)));
                newest.put(key, v2);
            }
        }
        Collections.shuffle(bodies, rnd);
        SqsEventHandler handler = new SqsEventHandler(stack.services());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SQSBatchResponse>> fs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i += 10) {
            List<String> batch = bodies.subList(i, Math.min(bodies.size(), i + 10));
            int first = i;
            fs.add(pool.submit(() -> handler.handleRequest(event(batch, first), null)));
        }
        for (Future<SQSBatchResponse> f : fs) assertTrue(f.get().getBatchItemFailures().isEmpty());
        pool.shutdown();
        assertEquals(n, tableItems(), "records + FAILED records = distinct objects");
        Set<String> failed = new HashSet<>();
        for (Map.Entry<String, String> e : newest.entrySet()) {
            SummaryRecord r = stack.services().store.get(stack.services().readout.articleIdOf("s3://" + stack.bucket() + "/" + e.getKey()))
                    .orElseThrow(() -> new AssertionError("lost " + e.getKey()));
            if (r.failed()) {
                failed.add(e.getKey());
                assertEquals("EMPTY", r.error().code());
            } else {
                assertEquals(stack.services().readout.summarize(r.source(), null, e.getValue().getBytes(StandardCharsets.UTF_8)).contentSha256(),
                        r.contentSha256(), "newest content for " + e.getKey());
            }
        }
        assertEquals(20, failed.size());
    }
}
