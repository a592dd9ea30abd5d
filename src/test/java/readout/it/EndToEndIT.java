package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
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
import readout.lambda.ApiHandler;
import readout.lambda.S3EventHandler;
import readout.lambda.ScheduledBatchHandler;
import readout.lambda.SqsEventHandler;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import software.amazon.awssdk.core.sync.RequestBody;

/** Upload, event, record, API: the whole function against S3, DynamoDB and SQS emulators. */
class EndToEndIT {
    private static final String KEY = "news/2021/Hà Nội talks+notes 100%.txt";
    private Emulators.Stack stack;

    @BeforeEach
    void stack() {
        stack = Emulators.stack();
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = EndToEndIT.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    private String upload(String key, byte[] bytes) {
        return stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
    }

    /** The S3 notification for an upload, as S3 writes it: the key URL-encoded with '+' for spaces. */
    private String notification(String key, String etag, String sequencer) throws IOException {
        JsonNode template = RecordJson.mapper().readTree(new java.io.File("events/s3-put.json"));
        ObjectNode s3 = (ObjectNode) template.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", stack.bucket()).put("arn", "arn:aws:s3:::" + stack.bucket());
        ObjectNode object = (ObjectNode) s3.get("object");
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("eTag", etag.replace("\"", ""));
        object.put("sequencer", sequencer);
        object.remove("versionId"); // the emulator keeps no versions
        return RecordJson.mapper().writeValueAsString(template);
    }

    private static SQSEvent sqsEvent(List<String> bodies) {
        return SqsEventHandler.eventOf(bodies, "m-");
    }

    private APIGatewayV2HTTPResponse getSummary(String id) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        e.setRawPath("/summaries/" + id);
        e.getRequestContext().getHttp().setPath(e.getRawPath());
        return new ApiHandler(stack.services()).handleRequest(e, null);
    }

    private String idOf(String key) {
        return stack.services().readout.articleIdOf("s3://" + stack.bucket() + "/" + key);
    }

    @Test
    void uploadThenS3EventThenRecordThenApi() throws IOException {
        String etag = upload(KEY, seed("seed-vn-cuba-2021.txt"));
        // deserialized as the Lambda runtime does, from the JSON S3 would send
        java.nio.file.Path json = java.nio.file.Files.createTempFile("s3-event", ".json");
        java.nio.file.Files.writeString(json, notification(KEY, etag, "0055AED6DCD90281E5"));
        S3Event event = EventLoader.loadS3Event(json.toString());
        new S3EventHandler(stack.services()).handleRequest(event, null);
        APIGatewayV2HTTPResponse r = getSummary(idOf(KEY));
        assertEquals(200, r.getStatusCode(), r.getBody());
        SummaryRecord record = RecordJson.fromJson(r.getBody());
        assertEquals("s3://" + stack.bucket() + "/" + KEY, record.source());
        assertEquals("Nguyễn Phú Trọng", record.statements().get(0).speaker());
        assertEquals(404, getSummary("0123456789abcdef0123456789abcdef").getStatusCode());
    }

    @Test
    void theSameThroughSqsWithABadMessageFailingAlone() throws IOException {
        String etag = upload(KEY, seed("seed-vn-cuba-2022.txt"));
        upload("news/empty.txt", new byte[0]);
        SQSBatchResponse r = new SqsEventHandler(stack.services()).handleRequest(sqsEvent(List.of(
                notification(KEY, etag, "01"), "{not json", notification("news/empty.txt", "e", "01"))), null);
        assertEquals(List.of("m-1"), r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(200, getSummary(idOf(KEY)).getStatusCode());
        SummaryRecord empty = RecordJson.fromJson(getSummary(idOf("news/empty.txt")).getBody());
        assertEquals("FAILED", empty.status());
        assertEquals("EMPTY", empty.error().code());
    }

    @Test
    void replayedConcurrentlyAndOutOfOrderTheNewestVersionWins() throws Exception {
        String key = "news/versions.txt";
        List<String> bodies = new ArrayList<>();
        String newestText = null;
        for (int v = 1; v <= 3; v++) {
            newestText = "date 2021-05-06 \n\nHÀ NỘI — Version " + v + ": Prime Minister Pham Minh Chinh said ties are strong.";
            String etag = upload(key, newestText.getBytes(StandardCharsets.UTF_8));
            // what S3 would have sent for this version; the object now holds version v
            String body = notification(key, etag, String.format("00%02X", v));
            if (v == 3) {
                for (int k = 0; k < 3; k++) bodies.add(body);
            } else {
                bodies.add(body);
                bodies.add(body);
                bodies.add(body);
            }
        }
        Collections.shuffle(bodies, new Random(7));
        SqsEventHandler handler = new SqsEventHandler(stack.services());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SQSBatchResponse>> fs = new ArrayList<>();
        for (String b : bodies) fs.add(pool.submit(() -> handler.handleRequest(sqsEvent(List.of(b)), null)));
        for (Future<SQSBatchResponse> f : fs) assertTrue(f.get().getBatchItemFailures().isEmpty());
        pool.shutdown();
        SummaryRecord stored = RecordJson.fromJson(getSummary(idOf(key)).getBody());
        assertTrue(stored.statements().get(0).text().contains("ties are strong"));
        assertTrue(stored.summary().get(0).contains("Version 3"), stored.summary().toString());
        assertEquals("0003" + "0".repeat(28), stack.services().store.meta(idOf(key)).orElseThrow().sequencer());
    }

    @Test
    void theBatchQueuesStaleObjectsResumesFromItsCheckpointAndThenQueuesNothing() throws Exception {
        for (int i = 0; i < 7; i++) {
            upload(String.format("news/a%02d.txt", i), ("Headline " + i + "\n\nPrime Minister Pham Minh Chinh said ties are strong " + i + ".")
                    .getBytes(StandardCharsets.UTF_8));
        }
        upload("news/photo.jpg", new byte[] {1, 2, 3});
        // one already summarized and current
        String etag = upload("news/a00.txt", "Headline 0\n\nPrime Minister Pham Minh Chinh said ties are strong 0.".getBytes(StandardCharsets.UTF_8));
        new SqsEventHandler(stack.services()).handleRequest(sqsEvent(List.of(notification("news/a00.txt", etag, "01"))), null);

        AtomicInteger ticks = new AtomicInteger();
        ScheduledBatchHandler batch = new ScheduledBatchHandler(stack.services());
        // the first run has time for three objects only, then stops and saves its checkpoint
        ScheduledBatchHandler.Report first = batch.handleRequest(null, new TimeContext(() -> ticks.incrementAndGet() <= 3 ? 60_000 : 10));
        assertTrue(!first.finished());
        assertEquals("news/a02.txt", first.checkpoint());
        assertEquals(2, first.queued());
        assertEquals(1, first.upToDate());
        ScheduledBatchHandler.Report rest = batch.handleRequest(null, new TimeContext(() -> 60_000));
        assertTrue(rest.finished());
        assertEquals(4, rest.queued(), "a03..a06 after the checkpoint");
        assertEquals(1, rest.skipped());

        List<String> bodies = stack.queueBodies();
        assertEquals(6, bodies.size());
        SQSBatchResponse r = new SqsEventHandler(stack.services()).handleRequest(sqsEvent(bodies), null);
        assertTrue(r.getBatchItemFailures().isEmpty());
        for (int i = 0; i < 7; i++) assertEquals(200, getSummary(idOf(String.format("news/a%02d.txt", i))).getStatusCode());

        ScheduledBatchHandler.Report second = batch.handleRequest(null, new TimeContext(() -> 60_000));
        assertEquals(0, second.queued());
        assertEquals(7, second.upToDate());
        assertTrue(stack.queueBodies().isEmpty());
        assertTrue(stack.services().store.checkpoint(stack.bucket() + "/").isEmpty());
    }

    @Test
    void postingEachContentTypeStoresAndListsByDate() throws Exception {
        ApiHandler api = new ApiHandler(stack.services());
        Map<String, String> bodies = Map.of(
                "text/plain", "date 2021-05-06 \n\nHÀ NỘI — Prime Minister Pham Minh Chinh said ties are strong.",
                "text/html", "<html><head><meta name=\"date\" content=\"2021-05-06\"></head><body><p>Prime Minister Pham Minh Chinh said trade will grow.</p></body></html>",
                "application/json", "{\"date\":\"2021-05-06\",\"text\":\"Prime Minister Pham Minh Chinh said investment will grow.\"}",
                "text/markdown", "# Talks\n\ndate 2021-05-06\n\nPrime Minister Pham Minh Chinh said tourism will grow.");
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
            e.setHeaders(new HashMap<>(Map.of("content-type", b.getKey())));
            e.setBody(b.getValue());
            APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
            assertEquals(201, r.getStatusCode(), b.getKey() + ": " + r.getBody());
            ids.add(RecordJson.fromJson(r.getBody()).articleId());
        }
        Set<String> listed = new HashSet<>();
        String token = null;
        do {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-list-by-date.json");
            Map<String, String> q = new HashMap<>(e.getQueryStringParameters());
            if (token != null) q.put("nextToken", token);
            e.setQueryStringParameters(q);
            APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
            assertEquals(200, r.getStatusCode(), r.getBody());
            JsonNode page = RecordJson.mapper().readTree(r.getBody());
            for (JsonNode item : page.get("items")) listed.add(item.get("articleId").asText());
            token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
        } while (token != null);
        assertEquals(ids, listed);
    }

    /** A Lambda context that only answers how much time is left. */
    private record TimeContext(java.util.function.LongSupplier remaining) implements com.amazonaws.services.lambda.runtime.Context {
        @Override public int getRemainingTimeInMillis() { return (int) Math.min(Integer.MAX_VALUE, remaining.getAsLong()); }
        @Override public String getAwsRequestId() { return "it"; }
        @Override public String getLogGroupName() { return null; }
        @Override public String getLogStreamName() { return null; }
        @Override public String getFunctionName() { return "batch"; }
        @Override public String getFunctionVersion() { return "1"; }
        @Override public String getInvokedFunctionArn() { return null; }
        @Override public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() { return null; }
        @Override public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() { return null; }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() { return null; }
    }
}
