package readout.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import readout.participants.IndexEntry;

/** The participant index in memory, for tests and {@code serve} without DynamoDB. Same rules as the DynamoDB one. */
public final class InMemoryParticipantStore implements ParticipantStore {
    /** By person key, then by article id. */
    private final TreeMap<String, Map<String, Stored>> entries = new TreeMap<>();

    @Override
    public synchronized void replace(String articleId, long revision, List<IndexEntry> written) {
        for (IndexEntry e : written) {
            Map<String, Stored> ofPerson = entries.computeIfAbsent(e.personKey(), k -> new TreeMap<>());
            Stored had = ofPerson.get(articleId);
            if (had == null || had.revision() <= revision) ofPerson.put(articleId, new Stored(e, revision));
        }
        for (Map<String, Stored> ofPerson : entries.values()) {
            Stored had = ofPerson.get(articleId);
            if (had != null && had.revision() < revision) ofPerson.remove(articleId);
        }
        entries.values().removeIf(Map::isEmpty);
    }

    @Override
    public synchronized Read withPrefix(String keyPrefix, int max) {
        List<Stored> out = new ArrayList<>();
        for (Map<String, Stored> ofPerson : entries.tailMap(keyPrefix, true).values()) {
            for (Stored s : ofPerson.values()) {
                if (!s.entry().personKey().startsWith(keyPrefix)) return new Read(out, false);
                if (out.size() == max) return new Read(out, true);
                out.add(s);
            }
        }
        return new Read(out, false);
    }

    public synchronized int size() {
        return entries.values().stream().mapToInt(Map::size).sum();
    }
}
