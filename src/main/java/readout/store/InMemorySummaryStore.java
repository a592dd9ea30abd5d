package readout.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import readout.record.SummaryRecord;

/** A store in memory, for tests and for {@code serve} without DynamoDB. Same rules as the DynamoDB store. */
public final class InMemorySummaryStore implements SummaryStore {
    private static final String WRITTEN_AT = "writtenAt";

    private record Entry(SummaryRecord record, StoredMeta meta, long writtenAt) {}

    private final Map<String, Entry> items = new LinkedHashMap<>();
    private final Map<String, String> checkpoints = new LinkedHashMap<>();
    private long clock;

    @Override
    public synchronized PutOutcome put(SummaryRecord record, Provenance p) {
        Entry e = items.get(record.articleId());
        PutOutcome outcome = WriteRule.decide(e == null ? null : e.meta(), record, p);
        if (outcome == PutOutcome.WRITTEN) {
            String seq = Provenance.normalizeSequencer(p.sequencer());
            if (seq == null && e != null) seq = e.meta().sequencer(); // a redo keeps the event order it had
            items.put(record.articleId(), new Entry(record, new StoredMeta(record.articleId(), record.extractorVersion(),
                    record.contentSha256(), p.etag(), seq, record.status()), ++clock));
        }
        return outcome;
    }

    @Override
    public synchronized Optional<SummaryRecord> get(String articleId) {
        Entry e = items.get(articleId);
        return e == null ? Optional.empty() : Optional.of(e.record());
    }

    @Override
    public synchronized Optional<StoredMeta> meta(String articleId) {
        Entry e = items.get(articleId);
        return e == null ? Optional.empty() : Optional.of(e.meta());
    }

    @Override
    public synchronized Page<SummaryRecord> list(Listing listing, int limit, String nextToken) {
        // The ordering key is the write's place in time (unique here), as DynamoDB's is the item's updatedAt and id.
        long before = nextToken == null ? Long.MAX_VALUE : writtenBefore(nextToken, listing);
        List<Entry> older = new ArrayList<>();
        for (Entry e : items.values()) if (e.writtenAt() < before && listing.includes(e.record())) older.add(e);
        older.sort(Comparator.comparingLong(Entry::writtenAt).reversed());
        List<SummaryRecord> page = new ArrayList<>();
        for (Entry e : older.subList(0, Math.min(limit, older.size()))) page.add(e.record());
        String next = older.size() > limit
                ? PageToken.encode(listing, Map.of(WRITTEN_AT, Long.toString(older.get(limit - 1).writtenAt()))) : null;
        return new Page<>(page, next);
    }

    private static long writtenBefore(String token, Listing listing) {
        String value = PageToken.decode(token, listing, Set.of(WRITTEN_AT)).get(WRITTEN_AT);
        try {
            long writtenAt = Long.parseLong(value);
            if (writtenAt > 0) return writtenAt;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw PageToken.bad("nextToken is not a token this API made (a bad key value)");
    }

    @Override
    public synchronized Optional<String> checkpoint(String name) {
        return Optional.ofNullable(checkpoints.get(name));
    }

    @Override
    public synchronized void saveCheckpoint(String name, String startAfter) {
        if (startAfter == null) checkpoints.remove(name);
        else checkpoints.put(name, startAfter);
    }

    public synchronized int size() {
        return items.size();
    }
}
