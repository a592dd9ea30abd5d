package readout.store;

import java.util.List;
import readout.participants.IndexEntry;

/**
 * Where the participant index lives: an entry per (person, article), each at the revision of the record it was
 * made from. Writes never let an older revision replace a newer one; reads return what is stored, and
 * {@link ParticipantIndexing} keeps only the entries of the records as they stand.
 */
public interface ParticipantStore {
    /** The most entries one read returns: a prefix as short as one letter is still answered in bounded time and memory. */
    int MAX_READ = 5_000;

    /**
     * Writes an article's entries at a revision (an entry of the same person and article at a newer revision is
     * kept), then removes the article's entries of older revisions, whichever person they are of: a person the
     * article no longer names loses their entry, and an entry keyed by the article's old date goes.
     */
    void replace(String articleId, long revision, List<IndexEntry> entries);

    /** Entries whose person key starts with the prefix, by key; at most {@code max}, then {@code truncated}. */
    Read withPrefix(String keyPrefix, int max);

    /** An entry as stored, with the revision of the record it was made from. */
    record Stored(IndexEntry entry, long revision) {}

    record Read(List<Stored> entries, boolean truncated) {}
}
