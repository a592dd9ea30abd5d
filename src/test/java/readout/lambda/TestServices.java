package readout.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import readout.Readout;
import readout.queue.WorkQueue;
import readout.source.ObjectRef;
import readout.store.InMemorySummaryStore;
import readout.telemetry.Telemetry;

/** Services over fakes: an in-memory store, a bucket in memory and a queue that records what is sent. */
final class TestServices {
    static final String BUCKET = "readout-articles-example";

    final FakeSource source = new FakeSource();
    final InMemorySummaryStore store = new InMemorySummaryStore();
    final List<ObjectRef> queued = new ArrayList<>();
    final WorkQueue queue = queued::addAll;
    final Services services;

    TestServices() {
        this(Map.of());
    }

    TestServices(Map<String, String> env) {
        this(env, Telemetry.NONE);
    }

    TestServices(Telemetry telemetry) {
        this(Map.of(), telemetry);
    }

    TestServices(Map<String, String> env, Telemetry telemetry) {
        Map<String, String> e = new java.util.HashMap<>(Map.of("SOURCE_BUCKET", BUCKET, "BATCH_RESERVE_MILLIS", "1000"));
        e.putAll(env);
        services = new Services(Config.from(e), new Readout(), store, source, queue, telemetry);
    }
}
