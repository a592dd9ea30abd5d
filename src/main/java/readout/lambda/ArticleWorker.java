package readout.lambda;

import java.util.Optional;
import readout.Readout;
import readout.article.RejectedInputException.Reason;
import readout.record.SummaryRecord;
import readout.source.ArticleSource;
import readout.source.FetchedObject;
import readout.source.ObjectRef;
import readout.store.Provenance;
import readout.store.PutOutcome;
import readout.store.SummaryStore;

/**
 * One object in, one stored record out: the work behind the S3, SQS and redo paths. A rejected article
 * becomes a FAILED record (nothing is silently lost); faults of S3 or DynamoDB are thrown, so the message
 * is retried and, in the end, kept on the dead-letter queue.
 */
public final class ArticleWorker {
    /** What happened to one object. */
    public enum Outcome { STORED, STORED_FAILED, DUPLICATE, SUPERSEDED, SKIPPED_NOT_ARTICLE, SKIPPED_GONE }

    /** The outcome and, when a record was made, its id and status. */
    public record Result(Outcome outcome, String articleId, String status, String errorCode) {}

    private final Readout readout;
    private final ArticleSource source;
    private final SummaryStore store;
    private final Config config;

    public ArticleWorker(Readout readout, ArticleSource source, SummaryStore store, Config config) {
        this.readout = readout;
        this.source = source;
        this.store = store;
        this.config = config;
    }

    public Result process(ObjectRef ref) {
        if (!config.isArticleKey(ref.key())) return new Result(Outcome.SKIPPED_NOT_ARTICLE, null, null, null);
        Optional<FetchedObject> fetched = source.fetch(ref.bucket(), ref.key(), ref.versionId(), config.maxBytes());
        if (fetched.isEmpty()) return new Result(Outcome.SKIPPED_GONE, null, null, null);
        FetchedObject o = fetched.get();
        SummaryRecord record = o.tooLarge()
                ? readout.rejected(ref.uri(), o.etag() != null ? o.etag() : String.valueOf(o.size()), o.size(), Reason.TOO_LARGE,
                        "the object is " + o.size() + " bytes; the limit is " + config.maxBytes())
                : readout.summarize(ref.uri(), o.contentType(), o.bytes());
        String etag = o.etag() != null ? o.etag() : ref.etag();
        String version = o.versionId() != null ? o.versionId() : ref.versionId();
        PutOutcome put = store.put(record, new Provenance(ref.bucket(), ref.key(), version, etag, ref.sequencer()));
        Outcome outcome = switch (put) {
            case WRITTEN -> record.failed() ? Outcome.STORED_FAILED : Outcome.STORED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case SUPERSEDED -> Outcome.SUPERSEDED;
        };
        return new Result(outcome, record.articleId(), record.status(), record.error() == null ? null : record.error().code());
    }
}
