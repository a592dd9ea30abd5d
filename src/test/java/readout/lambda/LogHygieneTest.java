package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the handlers log: identifiers, outcomes and reasons — never article text or the environment. */
class LogHygieneTest {

    private static String captured(Runnable r) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void handlersLogNoArticleTextNoSecretsAndOneJsonObjectPerLine() throws Exception {
        TestServices t = new TestServices();
        byte[] seed = S3EventHandlerTest.seed();
        t.source.put(S3EventHandlerTest.DECODED_KEY, seed);
        S3Event s3 = EventLoader.loadS3Event("events/s3-put.json");
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        String logs = captured(() -> {
            new S3EventHandler(t.services).handleRequest(s3, null);
            new ApiHandler(t.services).handleRequest(post, null);
        });
        assertTrue(logs.contains("\"outcome\":\"STORED\""), logs);
        assertTrue(logs.contains("\"route\":\"POST /summaries\""), logs);
        for (String line : logs.split("\n")) {
            if (line.isBlank()) continue;
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
            assertTrue(line.contains("\"level\":"), line);
        }
        for (String fragment : new String[] {"always attaches much importance", "deepen its friendship", "Sound relations",
                "AWS_SECRET_ACCESS_KEY", "S3RVER", "TABLE_NAME"}) {
            assertFalse(logs.contains(fragment), "logged: " + fragment);
        }
    }
}
