package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import readout.extract.Extractor;
import readout.source.ArticleSource;
import readout.source.ListedObject;
import readout.source.ObjectRef;
import readout.store.StoredMeta;
import readout.telemetry.Metric;

/**
 * The scheduled (re)processing run: walks the bucket prefix from its checkpoint, finds every article with no
 * record, a record from another extractor version, or a record of other bytes (ETag), and queues it on the
 * work queue (SendMessageBatch), so the same workers, retries and dead-letter queue do the work. It stops
 * while time remains, saves where it stopped, and the next run carries on; a finished walk clears the
 * checkpoint, and a run over an up-to-date bucket queues nothing.
 */
public final class ScheduledBatchHandler implements RequestHandler<ScheduledEvent, ScheduledBatchHandler.Report> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBatchHandler.class);
    static final int PAGE_SIZE = 500;

    /** How many skipped objects a run names (all are counted). */
    static final int NAMED_SKIPS = 20;

    /**
     * Counts of one run, and the first {@link #NAMED_SKIPS} objects it skipped, each with why.
     *
     * @param queued objects handed to the work queue, new or changed: what became of each is the workers' to say
     */
    public record Report(int seen, int queued, int upToDate, int skipped, boolean finished, String checkpoint, List<Skip> skips) {}

    /** An object the batch left alone, and why, in words. */
    public record Skip(String key, String reason) {}

    private final Services services;
    private final int pageSize;

    public ScheduledBatchHandler() {
        this(Services.get());
    }

    public ScheduledBatchHandler(Services services) {
        this(services, PAGE_SIZE);
    }

    public ScheduledBatchHandler(Services services, int pageSize) {
        this.services = services;
        this.pageSize = pageSize;
    }

    @Override
    public Report handleRequest(ScheduledEvent event, Context context) {
        LongSupplier remaining = context == null ? () -> Long.MAX_VALUE : () -> context.getRemainingTimeInMillis();
        return Invocation.run(context, services.telemetry, () -> run(remaining));
    }

    Report run(LongSupplier remainingMillis) {
        Config c = services.config;
        if (c.bucket() == null) throw new IllegalStateException("SOURCE_BUCKET is not set");
        String checkpointName = c.bucket() + "/" + c.prefix();
        String lastSeen = services.store.checkpoint(checkpointName).orElse(null);
        int seen = 0, queued = 0, upToDate = 0, skipped = 0;
        boolean finished = false;
        List<ObjectRef> pending = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        walk:
        while (true) {
            ArticleSource.Listing page = services.source.list(c.bucket(), c.prefix(), lastSeen, pageSize);
            for (ListedObject o : page.objects()) {
                // Time is checked per object, so a slice ends close to its budget and the next resumes right there.
                if (remainingMillis.getAsLong() < c.batchReserveMillis()) break walk;
                seen++;
                if (!c.isArticleKey(o.key())) {
                    if (skipped++ < NAMED_SKIPS) skips.add(new Skip(o.key(), whyNotAnArticle(c, o.key())));
                } else if (isUpToDate(o)) upToDate++;
                else pending.add(new ObjectRef(c.bucket(), o.key(), null, o.etag(), null, o.size()));
                lastSeen = o.key();
                if (pending.size() == 10) queued += flush(pending);
            }
            if (!page.truncated()) {
                finished = true;
                break;
            }
            // Queued before the checkpoint passes them: a failure to queue throws and the checkpoint stays put.
            queued += flush(pending);
            services.store.saveCheckpoint(checkpointName, lastSeen);
        }
        queued += flush(pending);
        services.store.saveCheckpoint(checkpointName, finished ? null : lastSeen);
        Report r = new Report(seen, queued, upToDate, skipped, finished, finished ? null : lastSeen, List.copyOf(skips));
        LOG.info("batch run", LogFields.of("bucket", c.bucket(), "prefix", c.prefix(), "seen", seen, "queued", queued,
                "upToDate", upToDate, "skipped", skipped, "finished", finished, "checkpoint", r.checkpoint(),
                "skippedKeys", skips.isEmpty() ? null : skips.stream().map(k -> k.key() + ": " + k.reason()).toList()));
        services.telemetry.put(Metric.BATCH_OBJECTS_SEEN, seen);
        services.telemetry.put(Metric.BATCH_OBJECTS_QUEUED, queued);
        services.telemetry.put(Metric.BATCH_OBJECTS_UP_TO_DATE, upToDate);
        services.telemetry.put(Metric.BATCH_WALKS_FINISHED, finished ? 1 : 0);
        return r;
    }

    /** Why {@link Config#isArticleKey} refused a listed key. */
    static String whyNotAnArticle(Config c, String key) {
        if (key.endsWith("/")) return "a folder marker, not an object";
        if (!key.startsWith(c.prefix())) return "outside SOURCE_PREFIX " + c.prefix();
        return "not an article: its name does not end in " + String.join(", ", c.suffixes()) + " (ARTICLE_SUFFIXES)";
    }

    private int flush(List<ObjectRef> pending) {
        if (pending.isEmpty()) return 0;
        services.queue.send(List.copyOf(pending));
        int n = pending.size();
        pending.clear();
        return n;
    }

    private boolean isUpToDate(ListedObject o) {
        String id = services.readout.articleIdOf("s3://" + services.config.bucket() + "/" + o.key());
        Optional<StoredMeta> m = services.store.meta(id);
        if (m.isEmpty()) return false;
        StoredMeta meta = m.get();
        return Extractor.VERSION.equals(meta.extractorVersion()) && meta.etag() != null && sameEtag(meta.etag(), o.etag());
    }

    private static boolean sameEtag(String a, String b) {
        return b != null && a.replace("\"", "").equals(b.replace("\"", ""));
    }
}
