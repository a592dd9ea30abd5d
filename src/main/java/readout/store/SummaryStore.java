package readout.store;

import java.util.Optional;
import readout.record.SummaryRecord;

/**
 * Where summary records live. Writes are idempotent and ordered: the same event twice, or concurrently,
 * leaves one record; an older S3 event never overwrites a newer one; a redo (no sequencer) rewrites only a
 * record made by another extractor version or from other content.
 */
public interface SummaryStore {
    /** The error code of a FAILED record a store writes in place of one too large for it ({@link PutOutcome#WRITTEN_TOO_LARGE}). */
    String RECORD_TOO_LARGE = "RECORD_TOO_LARGE";

    PutOutcome put(SummaryRecord record, Provenance provenance);

    Optional<SummaryRecord> get(String articleId);

    Optional<StoredMeta> meta(String articleId);

    /**
     * A page of at most {@code limit} records of a listing, newest write first; {@code nextToken} (null for the first
     * page) continues after the last record of the page that returned it. A record written while a client pages
     * is listed at most once: a new one sorts before the pages already read; a rewritten one moves there too.
     *
     * @throws BadTokenException when {@code nextToken} was not made by this store for this listing
     */
    Page<SummaryRecord> list(Listing listing, int limit, String nextToken);

    /** The scheduled batch's listing position for a bucket and prefix, or empty to start from the beginning. */
    Optional<String> checkpoint(String name);

    /** Saves the listing position; null clears it (the listing finished). */
    void saveCheckpoint(String name, String startAfter);

    /** Thrown when a nextToken was not made by this store (forged, truncated or from another listing); the message says which. */
    final class BadTokenException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadTokenException(String message) {
            super(message);
        }
    }
}
