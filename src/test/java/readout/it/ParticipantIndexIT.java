package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.lambda.ApiHandler;
import readout.lambda.ScheduledBatchHandler;
import readout.lambda.Services;
import readout.lambda.SqsEventHandler;
import readout.participants.IndexEntry;
import readout.participants.Records;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.DynamoDbParticipantStore;
import readout.store.DynamoDbSummaryStore;
import readout.store.ParticipantIndexing;
import readout.store.Provenance;
import readout.telemetry.Telemetry;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The participant index against a real DynamoDB API (dynalite here): its write order, replays, the backfill, the API. */
class ParticipantIndexIT {
    private final Readout readout = new Readout();
    private DynamoDbClient dynamo;
    private String summaries;
    private String participants;
    private DynamoDbSummaryStore records;
    private ParticipantIndexing indexing;

    @BeforeEach
    void tables() {
        dynamo = Emulators.dynamo();
        summaries = Emulators.createTable(dynamo);
        participants = Emulators.createParticipantTable(dynamo);
        records = new DynamoDbSummaryStore(dynamo, summaries, Emulators.DATE_INDEX, Emulators.STATUS_INDEX);
        indexing = new ParticipantIndexing(records, new DynamoDbParticipantStore(dynamo, participants));
    }

    private SummaryRecord article(String date, String body) {
        return readout.summarize("s3://b/k.txt", null, ("date " + date + "\n\nHÀ NỘI — " + body).getBytes(StandardCharsets.UTF_8));
    }

    private static Provenance event(String sequencer) {
        return new Provenance("b", "k.txt", null, "etag", sequencer);
    }

    private void write(SummaryRecord r, Provenance p) {
        records.put(r, p);
        indexing.index(r);
    }

    private List<String> statementsOf(String name) {
        var read = indexing.read(name.substring(0, 1)).index();
        return read.byName(name).map(p -> read.entries(p).stream().flatMap(e -> e.statements().stream().map(IndexEntry.Said::text)).toList())
                .orElse(List.of());
    }

    private int storedEntries() {
        return dynamo.scan(b -> b.tableName(participants).select("COUNT")).count();
    }

    private static final String TWO = "Prime Minister Pham Minh Chinh said ties are strong. Foreign Minister Bui Thanh Son said talks went well.";
    private static final String ONE = "Prime Minister Pham Minh Chinh said trade will grow.";

    @Test
    void aRewriteWithFewerPeopleAndAnotherDateLeavesNoGhost() {
        write(article("2021-05-06", TWO), event("01"));
        assertEquals(List.of("talks went well"), statementsOf("Bui Thanh Son"));
        assertEquals(2, storedEntries());
        write(article("2021-05-07", ONE), event("02"));
        assertEquals(List.of(), statementsOf("Bui Thanh Son"));
        assertEquals(List.of("trade will grow"), statementsOf("Pham Minh Chinh"));
        assertEquals(1, storedEntries(), "the person no longer named and the old date's entry are gone from the table");
    }

    @Test
    void replaysOutOfOrderAndConcurrentlyLeaveTheNewestVersionsEntries() throws Exception {
        List<Runnable> writes = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            // odd versions name two people, even ones one: a stale writer would leave a ghost of the second
            SummaryRecord r = article("2021-05-0" + v, v % 2 == 1 ? TWO.replace("strong", "strong " + v) : ONE.replace("grow", "grow " + v));
            Provenance p = event(String.format("%02X", v));
            for (int k = 0; k < 3; k++) writes.add(() -> write(r, p));
        }
        Collections.shuffle(writes, new Random(11));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (Runnable w : writes) fs.add(pool.submit(w));
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        assertEquals(List.of("trade will grow 4"), statementsOf("Pham Minh Chinh"));
        assertEquals(List.of(), statementsOf("Bui Thanh Son"));
        String id = article("2021-05-04", ONE).articleId();
        assertTrue(records.meta(id).orElseThrow().indexed());
    }

    @Test
    void aCrashBetweenTheWritesIsRepairedByTheNextDelivery() {
        SummaryRecord r = article("2021-05-06", TWO);
        records.put(r, event("01")); // the worker dies here
        assertFalse(records.meta(r.articleId()).orElseThrow().indexed());
        assertEquals(List.of(), statementsOf("Pham Minh Chinh"));
        write(r, event("01"));
        assertEquals(List.of("ties are strong"), statementsOf("Pham Minh Chinh"));
    }

    @Test
    void aRecordWrittenBeforeRevisionsWereCountedIsBackfilled() {
        SummaryRecord r = article("2021-05-06", TWO);
        records.put(r, event("01"));
        // as an item of the build before the index looks: no revision
        dynamo.updateItem(b -> b.tableName(summaries).key(Map.of("articleId", AttributeValue.builder().s(r.articleId()).build()))
                .updateExpression("REMOVE revision"));
        assertEquals(0, records.meta(r.articleId()).orElseThrow().revision());
        assertFalse(records.meta(r.articleId()).orElseThrow().indexed());
        assertTrue(indexing.index(r));
        assertTrue(records.meta(r.articleId()).orElseThrow().indexed());
        assertEquals(List.of("ties are strong"), statementsOf("Pham Minh Chinh"));
        assertFalse(indexing.index(r), "once indexed, a redo writes nothing");
    }

    @Test
    void theLargestEntryFitsAnItem() {
        // a person with as much statement text as an entry carries, in three-byte UTF-8 characters
        Records b = Records.article("0123456789abcdef0123456789abcdef").dated("2021-05-06")
                .person("Nguyễn Phú Trọng", "Việt Nam");
        for (int i = 0; i < 40; i++) b.said("Nguyễn Phú Trọng", "ệ".repeat(5_000) + i);
        SummaryRecord r = b.build();
        write(r, event("01"));
        var index = indexing.read("nguyen").index();
        var entry = index.entries(index.byName("Nguyen Phu Trong").orElseThrow()).get(0);
        assertTrue(entry.omitted() > 0, "what does not fit is counted, not written");
        assertEquals(40, entry.statements().size() + entry.omitted());
    }

    private static byte[] seed(String name) throws Exception {
        try (InputStream in = ParticipantIndexIT.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    private static JsonNode get(Services s, String path, Map<String, String> query) throws Exception {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setQueryStringParameters(query);
        APIGatewayV2HTTPResponse r = new ApiHandler(s).handleRequest(e, null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return RecordJson.mapper().readTree(r.getBody());
    }

    @Test
    void theBatchBackfillsTheSeedArticlesAndTheApiListsTrongsStatementsNewestFirst() throws Exception {
        Emulators.Stack stack = Emulators.stack();
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key("news/seed-vn-cuba-2021.txt"), RequestBody.fromBytes(seed("seed-vn-cuba-2021.txt")));
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key("news/seed-vn-cuba-2022.txt"), RequestBody.fromBytes(seed("seed-vn-cuba-2022.txt")));
        Services s = stack.services();
        // records as a build without the index wrote them
        Services before = new Services(s.config, s.readout, s.store, null, s.source, s.queue, Telemetry.NONE);
        for (String key : List.of("news/seed-vn-cuba-2021.txt", "news/seed-vn-cuba-2022.txt")) {
            before.worker.process(new readout.source.ObjectRef(stack.bucket(), key, null, null, null, -1));
        }
        assertEquals(0, get(s, "/participants", Map.of("prefix", "ngu")).get("items").size());
        ScheduledBatchHandler.Report report = new ScheduledBatchHandler(s).handleRequest(null, new readout.testing.FakeContext("backfill", 60_000));
        assertEquals(2, report.queued(), "up to date but not indexed");
        for (String body : stack.queueBodies()) {
            new SqsEventHandler(s).handleRequest(SqsEventHandler.eventOf(List.of(body), "m-"), null);
        }
        JsonNode people = get(s, "/participants", Map.of("prefix", "ngu")).get("items");
        assertEquals("nguyen-phu-trong", people.get(0).get("key").asText());
        assertEquals(2, people.get(0).get("articleCount").asInt());
        JsonNode statements = get(s, "/participants/nguyen-phu-trong/statements", Map.of("limit", "100")).get("items");
        LinkedHashSet<String> dates = new LinkedHashSet<>();
        statements.forEach(x -> dates.add(x.get("publishedDate").isNull() ? "undated" : x.get("publishedDate").asText()));
        assertEquals(List.of("2021-05-06", "undated"), List.copyOf(dates), "both articles, newest first, the undated one last");
        assertEquals(0, new ScheduledBatchHandler(s).handleRequest(null, new readout.testing.FakeContext("backfill", 60_000)).queued(), "then the batch has nothing left to do");
    }
}
