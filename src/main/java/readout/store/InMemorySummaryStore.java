package readout.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import readout.record.SummaryRecord;

/** A store in memory, for tests and for {@code serve} without DynamoDB. Same rules as the DynamoDB store. */
public final class InMemorySummaryStore implements SummaryStore {
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
    public synchronized Page<SummaryRecord> listByDate(String date, int limit, String nextToken) {
        List<Entry> day = new ArrayList<>();
        for (Entry e : items.values()) if (date.equals(e.record().publishedDate())) day.add(e);
        day.sort(Comparator.comparingLong(Entry::writtenAt).reversed());
        int from = 0;
        if (nextToken != null) {
            try {
                from = Integer.parseInt(new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BadTokenException("nextToken is not valid");
            }
        }
        int to = Math.min(day.size(), from + limit);
        List<SummaryRecord> page = new ArrayList<>();
        for (Entry e : day.subList(Math.min(from, to), to)) page.add(e.record());
        String next = to < day.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Integer.toString(to).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(page, next);
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
