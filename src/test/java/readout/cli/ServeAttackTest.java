package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.http.BoundedHttpServer;
import readout.http.Limits;
import readout.lambda.ApiHandler;
import readout.lambda.Config;
import readout.lambda.Services;
import readout.store.InMemorySummaryStore;
import readout.store.SummaryStore;

/** Issue 10 finding 15: what one client can do to {@code serve}, each attack on a real socket. */
class ServeAttackTest {
    private static final String NO_SUCH_ID = "/summaries/0123456789abcdef0123456789abcdef";
    private final ExecutorService clients = Executors.newCachedThreadPool();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        clients.shutdownNow();
        for (AutoCloseable c : toClose) c.close();
    }

    private record Running(int port) {}

    private Running start(SummaryStore store, int maxConnections, int engineWorkers, Duration requestTimeout) throws IOException {
        Services s = new Services(Config.from(Map.of()), new Readout(), store, null, objects -> { });
        Limits limits = Limits.defaults(s.config.maxBytes()).withConnections(maxConnections).withWorkers(engineWorkers, 0)
                .withRequestTimeout(requestTimeout);
        BoundedHttpServer server = Serve.start(new ApiHandler(s), 0, limits);
        toClose.add(server);
        return new Running(server.port());
    }

    private Running start() throws IOException {
        return start(new InMemorySummaryStore(), 64, 2, Duration.ofSeconds(30));
    }

    private RawHttp connect(Running r) throws IOException {
        RawHttp c = new RawHttp(r.port());
        toClose.add(c);
        return c;
    }

    @Test
    void aFastRequestIsAnsweredWhileFourSlowUploadsTrickle() throws Exception {
        Running server = start(new InMemorySummaryStore(), 64, 2, Duration.ofSeconds(2));
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slow.add(connect(server).send("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nThe"));
        }
        AtomicBoolean trickling = new AtomicBoolean(true);
        clients.submit(() -> {
            while (trickling.get()) {
                for (RawHttp c : slow) {
                    try {
                        c.send("e");
                    } catch (IOException closed) {
                        // the server gave up on it: that is the point
                    }
                }
                Thread.sleep(100);
            }
            return null;
        });
        RawHttp.Reply fast = connect(server).send(RawHttp.get(NO_SUCH_ID)).read();
        assertEquals(404, fast.status(), "a GET is answered while four uploads trickle");
        // and a trickle does not hold its connection for ever: the request's time runs out with a status
        for (RawHttp c : slow) assertEquals(408, c.read().status());
        trickling.set(false);
    }

    @Test
    void fourLongPostsHoldNoReadsAndAFifthIsToldToComeBack() throws Exception {
        // writes that wait at a gate stand for POSTs that keep the engine busy (combining marks, huge pages)
        CountDownLatch entered = new CountDownLatch(4);
        CountDownLatch open = new CountDownLatch(1);
        HookedStore store = new HookedStore();
        store.beforePut = () -> {
            entered.countDown();
            try {
                open.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Running server = start(store, 64, 4, Duration.ofSeconds(30));
        List<Future<RawHttp.Reply>> posts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RawHttp c = connect(server);
            String body = "Minister Number" + i + " said the talks went well.";
            posts.add(clients.submit(() -> c.send(RawHttp.post("/summaries?store=true", "text/plain", body)).read()));
        }
        assertTrue(entered.await(20, TimeUnit.SECONDS), "four POSTs are being worked on");
        assertEquals(404, connect(server).send(RawHttp.get(NO_SUCH_ID)).read().status(), "a GET is answered meanwhile");
        RawHttp.Reply fifth = connect(server).send(RawHttp.post("/summaries", "text/plain", "One more said so.")).read();
        assertEquals(503, fifth.status(), "no worker and no queue place left: come back later");
        assertNotNull(fifth.header("Retry-After"));
        open.countDown();
        for (Future<RawHttp.Reply> p : posts) assertEquals(201, p.get(20, TimeUnit.SECONDS).status());
    }

    @Test
    void aBodyOverTheLimitIsRefusedFromItsLengthBeforeItIsRead() throws Exception {
        Running server = start();
        RawHttp c = connect(server);
        c.send("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 314572800\r\n\r\n");
        c.send(new byte[65536]);
        RawHttp.Reply r = c.read();
        assertEquals(413, r.status());
        assertTrue(r.body().contains("TOO_LARGE"), r.body());
    }

    @Test
    void aClientThatSendsAll300MegabytesGets413NotAReset() throws Exception {
        Running server = start();
        RawHttp c = connect(server);
        c.send("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 314572800\r\n\r\n");
        AtomicBoolean answered = new AtomicBoolean();
        AtomicBoolean allSent = new AtomicBoolean();
        clients.submit(() -> {
            byte[] zeros = new byte[65536];
            for (long sent = 0; sent < 314572800L && !answered.get(); sent += zeros.length) c.send(zeros);
            allSent.set(!answered.get());
            return null;
        });
        RawHttp.Reply r = c.read();
        boolean readFirst = !allSent.get();
        answered.set(true);
        assertEquals(413, r.status());
        assertTrue(readFirst, "the answer comes before the 300 MB are taken in, not after");
        assertEquals(404, connect(server).send(RawHttp.get(NO_SUCH_ID)).read().status(), "the server is still there");
    }

    @Test
    void expectContinueWithAnOversizedLengthIs413Not100() throws Exception {
        Running server = start();
        RawHttp c = connect(server);
        c.send("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nExpect: 100-continue\r\nContent-Length: 52428800\r\n\r\n");
        assertEquals(413, c.read().status());
        String body = "The minister said the talks were useful.";
        RawHttp ok = connect(server);
        ok.send("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nExpect: 100-continue\r\nContent-Length: "
                + body.length() + "\r\n\r\n");
        assertEquals(100, ok.read().status(), "a body within the limit is asked for");
        assertEquals(200, ok.send(body).read().status());
    }

    @Test
    void anOversizedRequestLineIs414AndOversizedHeadersAre431() throws Exception {
        Running server = start();
        RawHttp longLine = connect(server);
        longLine.send("GET /summaries/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(414, longLine.read().status());
        StringBuilder head = new StringBuilder("GET " + NO_SUCH_ID + " HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 400; i++) head.append("X-Filler-").append(i).append(": ").append("v".repeat(100)).append("\r\n");
        RawHttp manyHeaders = connect(server);
        manyHeaders.send(head.append("\r\n").toString());
        assertEquals(431, manyHeaders.read().status());
    }

    private static String chunkedHead() {
        return "POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
    }

    @Test
    void chunkedBodiesWithATrailerAreReadAndBrokenOnesGet400() throws Exception {
        Running server = start();
        String text = "The minister said the talks were useful.";
        RawHttp trailer = connect(server);
        trailer.send(chunkedHead() + Integer.toHexString(text.length()) + "\r\n" + text + "\r\n0\r\nX-Checksum: none\r\n\r\n");
        assertEquals(200, trailer.read().status(), "a trailer is part of HTTP/1.1");

        RawHttp badSize = connect(server);
        badSize.send(chunkedHead() + "zz\r\n" + text + "\r\n0\r\n\r\n");
        assertEquals(400, badSize.read().status());

        RawHttp truncated = connect(server);
        truncated.send(chunkedHead() + "100\r\nonly a part of it");
        truncated.endOutput();
        assertEquals(400, truncated.read().status());

        RawHttp huge = connect(server);
        huge.send(chunkedHead() + "7fffffff\r\nThe start");
        assertEquals(413, huge.read().status(), "a chunk announced over the limit is refused before it is read");
    }

    @Test
    void oneConnectionCarriesRequestAfterRequest() throws Exception {
        Running server = start();
        RawHttp c = connect(server);
        for (int i = 0; i < 20; i++) assertEquals(404, c.send(RawHttp.get(NO_SUCH_ID)).read().status());
        c.send(RawHttp.post("/summaries", "text/plain", "The minister said the talks were useful."));
        assertEquals(200, c.read().status());
        c.send("GET " + NO_SUCH_ID + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        RawHttp.Reply last = c.read();
        assertEquals(404, last.status());
        assertEquals("close", last.header("Connection"));
        assertTrue(c.closedByServer());
    }

    @Test
    void connectionsOverTheLimitGet503WithRetryAfter() throws Exception {
        Running server = start(new InMemorySummaryStore(), 2, 2, Duration.ofSeconds(30));
        connect(server);
        connect(server);
        RawHttp third = connect(server);
        RawHttp.Reply r = third.send(RawHttp.get(NO_SUCH_ID)).read();
        assertEquals(503, r.status());
        assertNotNull(r.header("Retry-After"));
    }
}
