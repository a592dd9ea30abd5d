package readout.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import readout.participants.ArticleEntries;
import readout.participants.IndexEntry;
import readout.participants.ParticipantIndex;
import readout.participants.PersonKey;
import readout.record.SummaryRecord;

/**
 * Keeps the participant index in step with the records, without transactions. A record is written first (its
 * store counts the write: a revision); then its entries are written at that revision, older ones of the article
 * removed, and the record marked indexed at it. A crash at any point leaves the record unmarked, so redelivery
 * or the batch indexes it again; an entry of a superseded revision that a late writer left behind is never
 * read, because a read keeps only the entries at their record's current revision.
 */
public final class ParticipantIndexing {
    private final SummaryStore records;
    private final ParticipantStore entries;

    public ParticipantIndexing(SummaryStore records, ParticipantStore entries) {
        this.records = records;
        this.entries = entries;
    }

    /**
     * Indexes a record just put (whatever the put answered but superseded: a duplicate delivery repairs an index a
     * crash left behind). Nothing when the stored record is another one (a newer event's, whose writer indexes it) or is
     * already indexed.
     *
     * @return whether entries were written
     */
    public boolean index(SummaryRecord r) {
        Optional<StoredMeta> meta = records.meta(r.articleId());
        if (meta.isEmpty() || !sameVersion(meta.get(), r) || meta.get().indexed()) return false;
        long revision = meta.get().revision();
        // a record the store kept as FAILED in its place (RECORD_TOO_LARGE) has no participants: its entries go
        List<IndexEntry> written = SummaryRecord.FAILED.equals(meta.get().status()) ? List.of() : ArticleEntries.of(r);
        entries.replace(r.articleId(), revision, written);
        records.markIndexed(r.articleId(), revision);
        return true;
    }

    private static boolean sameVersion(StoredMeta m, SummaryRecord r) {
        return java.util.Objects.equals(m.contentSha256(), r.contentSha256())
                && java.util.Objects.equals(m.extractorVersion(), r.extractorVersion());
    }

    /** The index of the people whose keys start with a prefix, and of everyone the merge rule may join to them. */
    public Result read(String prefix) {
        // SamePerson joins only names with the same first word: read the first word's keys whole
        String p = PersonKey.prefix(prefix);
        int dash = p.indexOf('-');
        String readPrefix = dash < 0 ? p : p.substring(0, dash + 1);
        ParticipantStore.Read read = entries.withPrefix(readPrefix, ParticipantStore.MAX_READ);
        Map<String, Long> current = new HashMap<>();
        List<IndexEntry> valid = new ArrayList<>();
        for (ParticipantStore.Stored s : read.entries()) {
            long revision = current.computeIfAbsent(s.entry().articleId(),
                    id -> records.meta(id).filter(StoredMeta::indexed).map(StoredMeta::revision).orElse(-1L));
            if (s.revision() == revision) valid.add(s.entry());
        }
        return new Result(new ParticipantIndex(valid), read.truncated());
    }

    /** @param truncated the prefix matched more entries than one read returns: a longer prefix gives them all */
    public record Result(ParticipantIndex index, boolean truncated) {}
}
