package readout.lambda;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import readout.Readout;
import readout.article.RejectedInputException.Reason;
import readout.record.SummaryRecord;
import readout.source.ArticleSource;
import readout.source.FetchedObject;
import readout.source.ObjectRef;
import readout.store.Provenance;
import readout.store.PutOutcome;
import readout.store.SummaryStore;
import readout.telemetry.Metric;
import readout.telemetry.Telemetry;

/**
 * One object in, one stored record out: the work behind the S3, SQS and redo paths. A rejected article
 * becomes a FAILED record (nothing is silently lost); faults of S3 or DynamoDB are thrown, so the message
 * is retried and, in the end, kept on the dead-letter queue. Each object gets one log line and its metrics.
 */
public final class ArticleWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleWorker.class);

    /** What happened to one object. */
    public enum Outcome { STORED, STORED_FAILED, DUPLICATE, SUPERSEDED, SKIPPED_NOT_ARTICLE, SKIPPED_GONE }

    /** The outcome and, when a record was made, its id, status (with the error's code and reason) and counts. */
    public record Result(Outcome outcome, String articleId, String status, String errorCode, String errorMessage, int statements,
                         int agreements) {
        static Result skipped(Outcome outcome) {
            return new Result(outcome, null, null, null, null, 0, 0);
        }
    }

    private final Readout readout;
    private final ArticleSource source;
    private final SummaryStore store;
    private final Config config;
    private final Telemetry telemetry;

    public ArticleWorker(Readout readout, ArticleSource source, SummaryStore store, Config config, Telemetry telemetry) {
        this.readout = readout;
        this.source = source;
        this.store = store;
        this.config = config;
        this.telemetry = telemetry;
    }

    /** Processes one object; logs and counts what happened (a thrown fault is the caller's to log). */
    public Result process(ObjectRef ref) {
        long start = System.nanoTime();
        Timed timed = processTimed(ref);
        Result r = timed.result;
        report(ref, r, Telemetry.millisSince(start), timed.summarizeMillis);
        return r;
    }

    private record Timed(Result result, double summarizeMillis) {}

    private Timed processTimed(ObjectRef ref) {
        if (!config.isArticleKey(ref.key())) return new Timed(Result.skipped(Outcome.SKIPPED_NOT_ARTICLE), -1);
        Optional<FetchedObject> fetched = source.fetch(ref.bucket(), ref.key(), ref.versionId(), config.maxBytes());
        if (fetched.isEmpty()) return new Timed(Result.skipped(Outcome.SKIPPED_GONE), -1);
        FetchedObject o = fetched.get();
        long start = System.nanoTime();
        SummaryRecord record = o.tooLarge()
                ? readout.rejected(ref.uri(), o.etag() != null ? o.etag() : String.valueOf(o.size()), o.size(), Reason.TOO_LARGE,
                        "the object is " + o.size() + " bytes; the limit is " + config.maxBytes())
                : readout.summarize(ref.uri(), o.contentType(), o.bytes());
        double summarizeMillis = Telemetry.millisSince(start);
        String etag = o.etag() != null ? o.etag() : ref.etag();
        String version = o.versionId() != null ? o.versionId() : ref.versionId();
        PutOutcome put = store.put(record, new Provenance(ref.bucket(), ref.key(), version, etag, ref.sequencer()));
        Result result = switch (put) {
            case WRITTEN -> new Result(record.failed() ? Outcome.STORED_FAILED : Outcome.STORED, record.articleId(), record.status(),
                    errorCode(record), errorMessage(record), record.statements().size(), record.agreements().size());
            // what was stored is a FAILED record in its place: report that, not what was extracted
            case WRITTEN_TOO_LARGE -> new Result(Outcome.STORED_FAILED, record.articleId(), SummaryRecord.FAILED,
                    SummaryStore.RECORD_TOO_LARGE, "the summary record does not fit a store item even compressed", 0, 0);
            case DUPLICATE, SUPERSEDED -> new Result(put == PutOutcome.DUPLICATE ? Outcome.DUPLICATE : Outcome.SUPERSEDED,
                    record.articleId(), record.status(), errorCode(record), errorMessage(record),
                    record.statements().size(), record.agreements().size());
        };
        return new Timed(result, summarizeMillis);
    }

    private static String errorCode(SummaryRecord r) {
        return r.error() == null ? null : r.error().code();
    }

    private static String errorMessage(SummaryRecord r) {
        return r.error() == null ? null : r.error().message();
    }

    private void report(ObjectRef ref, Result r, double millis, double summarizeMillis) {
        LOG.info("object processed", LogFields.of("bucket", ref.bucket(), "key", ref.key(), "outcome", r.outcome(),
                "articleId", r.articleId(), "status", r.status(), "errorCode", r.errorCode(), "statements", r.statements(),
                "agreements", r.agreements(), "durationMs", millis));
        switch (r.outcome()) {
            case STORED -> {
                telemetry.put(Metric.ARTICLES_SUMMARIZED, 1);
                telemetry.put(Metric.STATEMENTS, r.statements());
                telemetry.put(Metric.AGREEMENTS, r.agreements());
            }
            case STORED_FAILED -> {
                telemetry.put(Metric.ARTICLES_FAILED, 1);
                telemetry.put(Metric.ARTICLES_FAILED, 1, "Reason", r.errorCode());
            }
            case DUPLICATE, SUPERSEDED -> telemetry.put(Metric.ARTICLES_UNCHANGED, 1);
            case SKIPPED_NOT_ARTICLE, SKIPPED_GONE -> telemetry.put(Metric.OBJECTS_SKIPPED, 1);
        }
        if (summarizeMillis >= 0) telemetry.put(Metric.SUMMARIZE_TIME, summarizeMillis);
        telemetry.put(Metric.OBJECT_TIME, millis);
    }
}
