package readout.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import readout.lambda.ArticleWorker;
import readout.lambda.ScheduledBatchHandler;
import readout.queue.WorkQueue;
import readout.source.ObjectRef;

/**
 * The work queue of {@code serve --watch}: each object the batch finds new or changed is summarized at once
 * (standing in for SQS and its workers), and what became of it is kept for the cycle's report — in words a person
 * reads: how many were summarized, failed or unchanged, each failure with its source, error code and reason, and
 * each skipped object with why (named once, not every cycle it is seen again).
 */
final class Watch implements WorkQueue {
    /** Skipped keys remembered as already named; past this, the oldest are forgotten (and may be named again). */
    static final int REMEMBERED_SKIPS = 10_000;

    private record Processed(ObjectRef object, ArticleWorker.Result result) {}

    private final Supplier<ArticleWorker> worker;
    private final String bucket;
    private final List<Processed> processed = new ArrayList<>();
    private final Set<String> named = new LinkedHashSet<>();

    /** @param worker the worker of the services this queue is part of (built after it, hence supplied) */
    Watch(Supplier<ArticleWorker> worker, String bucket) {
        this.worker = worker;
        this.bucket = bucket;
    }

    @Override
    public void send(List<ObjectRef> objects) {
        // A fault throws out of the batch (its checkpoint stays put); what was done before it is reported next cycle.
        for (ObjectRef o : objects) processed.add(new Processed(o, worker.get().process(o)));
    }

    /** The lines that report a cycle of the batch and what this queue did since the last report; none when nothing is new. */
    List<String> report(ScheduledBatchHandler.Report batch) {
        List<String> lines = new ArrayList<>();
        int ok = 0, failed = 0, unchanged = 0;
        List<String> failures = new ArrayList<>(), skips = new ArrayList<>();
        for (Processed p : processed) {
            ArticleWorker.Result r = p.result();
            String source = p.object().uri();
            switch (r.outcome()) {
                case STORED -> ok++;
                case STORED_FAILED -> {
                    failed++;
                    failures.add("readout:   failed: " + source + ": " + r.errorCode() + ": " + r.errorMessage());
                }
                case DUPLICATE, SUPERSEDED -> unchanged++;
                case SKIPPED_GONE -> skips.add("readout: skipped " + source + ": deleted before it could be read");
                case SKIPPED_NOT_ARTICLE -> skips.add("readout: skipped " + source + ": not an article key");
            }
        }
        processed.clear();
        if (ok + failed + unchanged > 0) {
            lines.add("readout: " + (ok + failed + unchanged) + " new or changed object(s): " + ok + " summarized, " + failed + " failed"
                    + (unchanged > 0 ? ", " + unchanged + " unchanged" : ""));
            lines.addAll(failures);
        }
        int newlyNamed = 0;
        for (ScheduledBatchHandler.Skip s : batch.skips()) {
            if (!named.add(s.key())) continue;
            newlyNamed++;
            skips.add("readout: skipped s3://" + bucket + "/" + s.key() + ": " + s.reason());
            if (named.size() > REMEMBERED_SKIPS) named.remove(named.iterator().next());
        }
        lines.addAll(skips);
        if (newlyNamed > 0 && batch.skipped() > batch.skips().size()) {
            lines.add("readout: (" + batch.skipped() + " objects skipped in all; the first " + batch.skips().size() + " are named)");
        }
        return lines;
    }
}
