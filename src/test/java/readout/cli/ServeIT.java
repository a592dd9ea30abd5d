package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.http.Limits;
import readout.it.Emulators;
import readout.lambda.Config;
import readout.lambda.Services;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code serve}'s checks and its watch against the S3 and DynamoDB emulators (issue 10 findings 4 and 9). */
class ServeIT {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static Services services(Emulators.Stack stack, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(Map.of("TABLE_NAME", stack.table(), "SOURCE_BUCKET", stack.bucket()));
        env.putAll(overrides);
        return Services.fromConfig(Config.from(env));
    }

    private Serve.Started launch(Services s, boolean watch) {
        return Serve.launch(new Serve.Options(0, watch), s, Limits.defaults(s.config.maxBytes()), System.getenv(), out, err);
    }

    @Test
    void aTableThatDoesNotExistIsSaidInOneLineAndNothingIsServed() {
        Emulators.Stack stack = Emulators.stack();
        try (Serve.Started s = launch(services(stack, Map.of("TABLE_NAME", "no-such-table")), false)) {
            assertEquals(Serve.CANNOT_START, s.status());
        }
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("\"no-such-table\" cannot be used: ResourceNotFoundException"), err());
    }

    @Test
    void aBucketThatDoesNotExistIsSaidBeforeWatching() {
        Emulators.Stack stack = Emulators.stack();
        try (Serve.Started s = launch(services(stack, Map.of("SOURCE_BUCKET", "no-such-bucket")), true)) {
            assertEquals(Serve.CANNOT_START, s.status());
        }
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("s3://no-such-bucket cannot be read: NoSuchBucket"), err());
    }

    @Test
    void watchSummarizesAnUploadAndSaysOnceThatTheTableWentAway() throws Exception {
        Emulators.Stack stack = Emulators.stack();
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key("news/talks.txt"),
                RequestBody.fromString("The minister said the talks were useful.", StandardCharsets.UTF_8));
        try (Serve.Started s = launch(services(stack, Map.of()), true)) {
            assertEquals(Serve.RUNNING, s.status(), err());
            waitFor("readout: 1 new or changed object(s): 1 summarized, 0 failed");
            try (RawHttp c = new RawHttp(s.server().port())) {
                String id = new Readout().articleIdOf("s3://" + stack.bucket() + "/news/talks.txt");
                assertEquals(200, c.send(RawHttp.get("/summaries/" + id)).read().status());
            }
            stack.dynamo().deleteTable(b -> b.tableName(stack.table()));
            waitFor("readout: watch stopped working: ResourceNotFoundException");
            Thread.sleep((WatchLoop.PERIOD_SECONDS + 2) * 1000L); // another cycle, which fails quietly
            assertEquals(1, err().lines().filter(l -> l.contains("watch stopped working")).count(), err());
        }
    }

    private void waitFor(String line) throws InterruptedException {
        for (int i = 0; i < 300 && !err().contains(line); i++) Thread.sleep(100);
        assertTrue(err().contains(line), err());
    }
}
