package readout.store;

/**
 * What the batch needs to know to decide whether a stored record is stale.
 *
 * @param revision        how many times the record was written: each write adds one, in the order the store
 *                        applied them, so it orders the record's index entries (0 for a record written before
 *                        revisions were counted)
 * @param indexedRevision the revision whose participant index entries are all written ({@link #NOT_INDEXED}: none)
 */
public record StoredMeta(String articleId, String extractorVersion, String contentSha256, String etag, String sequencer,
                         String status, long revision, long indexedRevision) {

    public static final long NOT_INDEXED = -1;

    /** Whether the participant index holds the entries of the record as stored. */
    public boolean indexed() {
        return indexedRevision == revision;
    }
}
