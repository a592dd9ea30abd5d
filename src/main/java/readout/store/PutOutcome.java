package readout.store;

/** What a conditional write did. */
public enum PutOutcome {
    /** The record was written (new, newer event, or a redo with a new extractor or content). */
    WRITTEN,
    /**
     * Written, but as a FAILED record with error RECORD_TOO_LARGE: the record did not fit the store's item limit
     * even compressed (its metadata and summary are kept).
     */
    WRITTEN_TOO_LARGE,
    /** The same event or content was already stored: nothing to do (a duplicate delivery). */
    DUPLICATE,
    /** A newer event for the same key is already stored: this older one is dropped. */
    SUPERSEDED
}
