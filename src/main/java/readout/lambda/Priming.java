package readout.lambda;

import java.io.IOException;
import java.io.InputStream;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import readout.record.RecordJson;
import readout.telemetry.Metric;

/**
 * Warms the function before a SnapStart snapshot (CRaC {@code beforeCheckpoint}): sample articles through
 * parse, extraction and JSON, the event classes, and one cheap call through each SDK client, so the snapshot
 * holds loaded classes, a warm lexicon, the tagger's models (readout.nlp loads them on the first article: about
 * 1 s the first invocation would otherwise pay) and initialized clients.
 */
public final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    private static Priming registered;
    private final Services services;

    private Priming(Services services) {
        this.services = services;
    }

    static synchronized void register(Services s) {
        if (registered != null) return;
        registered = new Priming(s);
        Core.getGlobalContext().register(registered);
    }

    /** Loads and warms what the first invocation would: the engine, JSON, the event classes (and their joda-time), logs and metrics. */
    public static void prime(Services s) {
        try (InputStream in = Priming.class.getResourceAsStream("/readout/samples/seed-vn-cuba-2021.txt")) {
            if (in == null) return;
            byte[] sample = in.readAllBytes();
            for (int i = 0; i < 20; i++) RecordJson.toJson(s.readout.summarize("priming.txt", "text/plain", sample));
            new com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord("us-east-1",
                    "ObjectCreated:Put", "aws:s3", "2026-01-01T00:00:00.000Z", "2.1", null, null, null, null);
            readout.queue.QueueMessages.decodeKey("priming+key%2B.txt");
            RecordJson.toJson(java.util.Map.of("message", "priming", "count", 1));
            // and the logging stack (Log4j configuration, the JSON template layout, Powertools' resolver)
            LOG.info("primed", LogFields.of("articles", 20, "bytes", sample.length));
            // and the metrics path (EMF serialization), with a metric of its own rather than made-up article counts
            s.telemetry.put(Metric.SNAPSHOTS_PRIMED, 1);
            s.telemetry.flush();
        } catch (IOException e) {
            LOG.warn("priming skipped", LogFields.of("errorType", e.getClass().getSimpleName()));
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        beforeSnapshot(services);
    }

    /** All that runs before a SnapStart snapshot (also what {@code readout.cli.ColdStart --primed} measures). */
    public static void beforeSnapshot(Services s) {
        prime(s);
        primeClients(s);
    }

    /**
     * One cheap call through each SDK client (a read of an id that cannot exist, a missing key), so request
     * marshalling, signing and the HTTP client are loaded in the snapshot too. Failures are expected and ignored.
     */
    static void primeClients(Services s) {
        try {
            s.store.meta("0".repeat(32));
        } catch (RuntimeException expected) {
            // no table access while priming is fine: the classes are loaded either way
        }
        if (s.config.bucket() != null) {
            try {
                s.source.fetch(s.config.bucket(), ".readout-priming-" + System.nanoTime(), null, 1);
            } catch (RuntimeException expected) {
                // likewise
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: clients resolve credentials lazily after restore
    }
}
