package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import readout.testing.FakeContext;
import readout.testing.StdoutCapture;

/**
 * What the handlers log: one JSON object per line with the level, the message, Lambda's request id and our keys
 * (bucket/key or route, articleId, counts, duration, reason) — never article text or the environment.
 */
class LogHygieneTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> l = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) l.add(JSON.readTree(line));
        return l;
    }

    private static JsonNode withMessage(List<JsonNode> lines, String message) {
        return lines.stream().filter(n -> message.equals(n.path("message").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + message + "\" in " + lines));
    }

    @Test
    void handlersLogStructuredLinesWithTheRequestAndNoArticleText() throws Exception {
        TestServices t = new TestServices();
        byte[] seed = S3EventHandlerTest.seed();
        t.source.put(S3EventHandlerTest.DECODED_KEY, seed);
        S3Event s3 = EventLoader.loadS3Event("events/s3-put.json");
        SQSEvent sqs = EventLoader.loadSQSEvent("events/sqs-s3-put.json");
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        String out = StdoutCapture.of(() -> {
            new S3EventHandler(t.services).handleRequest(s3, new FakeContext("req-s3"));
            new SqsEventHandler(t.services).handleRequest(sqs, new FakeContext("req-sqs"));
            new ApiHandler(t.services).handleRequest(post, new FakeContext("req-api"));
        });
        List<JsonNode> lines = lines(out); // each line parses as one JSON object, or this throws

        JsonNode stored = lines.stream().filter(n -> "req-s3".equals(n.path("function_request_id").asText())).findFirst().orElseThrow();
        assertEquals("INFO", stored.get("level").asText());
        assertEquals("object processed", stored.get("message").asText());
        assertEquals(TestServices.BUCKET, stored.get("bucket").asText());
        assertEquals(S3EventHandlerTest.DECODED_KEY, stored.get("key").asText());
        assertEquals("STORED", stored.get("outcome").asText());
        assertEquals(32, stored.get("articleId").asText().length());
        assertTrue(stored.get("statements").asInt() > 0);
        assertTrue(stored.get("durationMs").isNumber());
        assertEquals("readout-test", stored.get("function_name").asText());
        assertTrue(stored.has("cold_start") && stored.has("timestamp"), stored.toString());

        JsonNode redelivered = lines.stream().filter(n -> "req-sqs".equals(n.path("function_request_id").asText())).findFirst().orElseThrow();
        assertEquals(sqs.getRecords().get(0).getMessageId(), redelivered.get("messageId").asText(), "the queue message is on its lines");
        assertEquals("DUPLICATE", redelivered.get("outcome").asText());

        JsonNode api = withMessage(lines, "api request");
        assertEquals("req-api", api.get("function_request_id").asText());
        assertEquals("POST /summaries", api.get("route").asText());
        assertEquals(201, api.get("status").asInt());

        for (String fragment : new String[] {"always attaches much importance", "deepen its friendship", "Sound relations",
                "AWS_SECRET_ACCESS_KEY", "S3RVER", "TABLE_NAME"}) {
            assertFalse(out.contains(fragment), "logged: " + fragment);
        }
    }

    @Test
    void aFaultOnTheDirectS3PathIsLoggedWithItsObjectAndThrownForLambdaToRetry() throws Exception {
        TestServices t = new TestServices();
        t.source.failWith = new IllegalStateException("S3 is down");
        S3Event s3 = EventLoader.loadS3Event("events/s3-put.json");
        String out = StdoutCapture.of(() -> assertThrows(IllegalStateException.class,
                () -> new S3EventHandler(t.services).handleRequest(s3, new FakeContext("req-s3-fault"))));
        JsonNode line = withMessage(lines(out), "object failed; the event will be retried");
        assertEquals("ERROR", line.get("level").asText());
        assertEquals(S3EventHandlerTest.DECODED_KEY, line.get("key").asText());
        assertEquals("IllegalStateException", line.get("errorType").asText());
        assertEquals("req-s3-fault", line.get("function_request_id").asText());
    }

    @Test
    void aFaultIsLoggedAsAnErrorWithItsType() throws Exception {
        TestServices t = new TestServices();
        t.source.failWith = new IllegalStateException("S3 is down");
        SQSEvent sqs = EventLoader.loadSQSEvent("events/sqs-s3-put.json");
        String out = StdoutCapture.of(() -> new SqsEventHandler(t.services).handleRequest(sqs, new FakeContext("req-fault")));
        JsonNode line = withMessage(lines(out), "message failed; it will be retried");
        assertEquals("ERROR", line.get("level").asText());
        assertEquals("IllegalStateException", line.get("errorType").asText());
        assertEquals(sqs.getRecords().get(0).getMessageId(), line.get("messageId").asText());
        assertEquals("req-fault", line.get("function_request_id").asText());
    }
}
