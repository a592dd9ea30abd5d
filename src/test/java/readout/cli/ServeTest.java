package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.http.BoundedHttpServer;
import readout.http.Limits;
import readout.lambda.ApiHandler;
import readout.lambda.Config;
import readout.lambda.FakeSource;
import readout.lambda.Services;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.DynamoDbSummaryStore;
import readout.store.InMemorySummaryStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class ServeTest {

    @Test
    void theApiAnswersOverHttpAsInLambda() throws Exception {
        Services s = new Services(Config.from(Map.of()), new Readout(), new InMemorySummaryStore(), null, objects -> { });
        BoundedHttpServer server = Serve.start(new ApiHandler(s), 0, Limits.defaults(s.config.maxBytes()));
        try {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries?store=true"))
                    .header("Content-Type", "text/markdown")
                    .POST(HttpRequest.BodyPublishers.ofString("# Talks\n\nPrime Minister Pham Minh Chinh said ties are strong."))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, post.statusCode(), post.body());
            SummaryRecord r = RecordJson.fromJson(post.body());
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries/" + r.articleId())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode());
            assertEquals(r, RecordJson.fromJson(get.body()));
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries?date=yesterday")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"code\":\"BAD_REQUEST\""));
            HttpResponse<String> png = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff})).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, png.statusCode(), "a binary body arrives base64-encoded and is refused as binary");
            // the participant routes over memory: the stored article's speaker, by a folded prefix
            HttpResponse<String> people = http.send(HttpRequest.newBuilder(URI.create(base + "/participants?prefix=Ph%E1%BA%A1m")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, people.statusCode(), people.body());
            assertTrue(people.body().contains("\"key\":\"pham-minh-chinh\""), people.body());
            HttpResponse<String> timeline = http.send(HttpRequest.newBuilder(URI.create(base + "/participants/pham-minh-chinh"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(timeline.body().contains("ties are strong"), timeline.body());
        } finally {
            server.close();
        }
    }

    // ---- starting: issue 10 findings 3 and 9 -----------------------------------------------------------

    private static final class Captured {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertOneLineNoTrace(String text) {
        assertEquals(1, text.lines().count(), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    }

    @Test
    void aPortInUseIsNamedInOneLineAndTheSecondServeExits() throws Exception {
        try (ServerSocket first = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Captured c = new Captured();
            int status = Serve.run(List.of("--port", Integer.toString(first.getLocalPort())), c.out, c.err);
            assertEquals(Serve.CANNOT_START, status);
            assertOneLineNoTrace(c.err());
            assertTrue(c.err().contains("port " + first.getLocalPort()) && c.err().contains("--port"), c.err());
        }
    }

    @Test
    void aBadPortIsOneLinePlusUsageAndExit2() {
        for (List<String> args : List.of(List.of("serve", "--port", "abc"), List.of("serve", "--port", "99999"),
                List.of("serve", "--port", "-1"), List.of("serve", "--port"))) {
            Captured c = new Captured();
            assertEquals(Main.USAGE, Main.run(args, c.out, c.err), args.toString());
            String first = c.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("readout serve: --port"), c.err());
            assertTrue(c.err().contains("usage: readout serve"), c.err());
            assertFalse(c.err().contains("Exception") || c.err().contains("\tat "), c.err());
        }
    }

    private static Services overDynamoDb(DynamoDbClient client) {
        Config config = Config.from(Map.of("TABLE_NAME", "summaries"));
        return new Services(config, new Readout(), new DynamoDbSummaryStore(client, "summaries", config.dateIndex(), config.statusIndex()), null, objects -> { });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Test
    void aStoreNothingAnswersForIsSaidInOneLineAndNothingIsServed() throws Exception {
        String endpoint = "http://127.0.0.1:" + closedPort();
        DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        Captured c = new Captured();
        try (Serve.Started s = Serve.launch(new Serve.Options(0, false), overDynamoDb(client), Limits.defaults(1024),
                Map.of("AWS_ENDPOINT_URL_DYNAMODB", endpoint), c.out, c.err)) {
            assertEquals(Serve.CANNOT_START, s.status());
            assertNull(s.server());
        }
        assertOneLineNoTrace(c.err());
        assertTrue(c.err().contains("\"summaries\" cannot be used") && c.err().contains("nothing answers at " + endpoint), c.err());
        assertFalse(c.out().contains("serving"), c.out());
    }

    @Test
    void missingCredentialsAreSaidInOneLine() {
        // as the SDK's default chain fails when no provider has credentials
        DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(() -> {
                    throw SdkClientException.create("Unable to load credentials from any of the providers in the chain "
                            + "AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), ...])");
                })
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())) // the SDK's retries only take time here
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        Captured c = new Captured();
        try (Serve.Started s = Serve.launch(new Serve.Options(0, false), overDynamoDb(client), Limits.defaults(1024), Map.of(), c.out, c.err)) {
            assertEquals(Serve.CANNOT_START, s.status());
        }
        assertOneLineNoTrace(c.err());
        assertTrue(c.err().contains("no AWS credentials found"), c.err());
    }

    @Test
    void theLocalWalkthroughPostsAFileThatShipsWithTheCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Run it locally"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Matcher posted = Pattern.compile("--data-binary @(\\S+)").matcher(section);
        assertTrue(posted.find(), "the walkthrough posts a file");
        do {
            Path file = Path.of(posted.group(1));
            assertTrue(Files.isRegularFile(file), file + " is in the repository");
            Process git = new ProcessBuilder("git", "ls-files", "--error-unmatch", file.toString()).redirectErrorStream(true).start();
            git.getInputStream().readAllBytes();
            assertEquals(0, git.waitFor(), file + " is tracked by git, so a clone has it");
        } while (posted.find());
    }

    // ---- watching: issue 10 finding 4 ------------------------------------------------------------------

    @Test
    void watchSpeaksOnlyWhenSomethingChangedAndOnceWhenTheStoreGoesAway() throws Exception {
        HookedStore store = new HookedStore();
        FakeSource bucket = new FakeSource().put("news/talks.txt", "The minister said the talks were useful.");
        Services s = new Services(Config.from(Map.of("SOURCE_BUCKET", "articles")), new Readout(), store, bucket, objects -> { });
        Captured c = new Captured();
        WatchLoop watch = new WatchLoop(s, c.err, Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4567"));
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            WatchLoop.quietJsonLogs();
            watch.run();
            assertEquals(List.of("readout: 1 new or changed object(s): 1 summarized, 0 failed"), c.err().lines().toList());
            watch.run();
            watch.run();
            assertEquals(1, c.err().lines().count(), "nothing changed, nothing said: " + c.err());

            store.failWith = new IllegalStateException("Unable to execute HTTP request", new ConnectException("Connection refused"));
            for (int i = 0; i < 4; i++) watch.run();
            List<String> said = c.err().lines().toList();
            assertEquals(2, said.size(), "the failure is said once: " + said);
            assertTrue(said.get(1).startsWith("readout: watch stopped working: nothing answers at http://127.0.0.1:4567"), said.get(1));

            store.failWith = null;
            bucket.put("news/more.txt", "The envoy said a deal was near.");
            watch.run();
            assertEquals(List.of("readout: watch works again", "readout: 1 new or changed object(s): 1 summarized, 0 failed"),
                    c.err().lines().skip(2).toList());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals("", logs.toString(StandardCharsets.UTF_8), "no JSON log line per cycle in the user's shell");
    }
}
