package readout.cli;

import java.util.Optional;
import readout.record.SummaryRecord;
import readout.store.InMemorySummaryStore;
import readout.store.Listing;
import readout.store.Page;
import readout.store.Provenance;
import readout.store.PutOutcome;
import readout.store.StoredMeta;
import readout.store.SummaryStore;

/** A store in memory that can be made to fail (the store went away) or to wait before each write (a slow request). */
final class HookedStore implements SummaryStore {
    private final InMemorySummaryStore inner = new InMemorySummaryStore();
    volatile RuntimeException failWith;
    volatile Runnable beforePut = () -> { };

    private void check() {
        RuntimeException e = failWith;
        if (e != null) throw e;
    }

    @Override
    public PutOutcome put(SummaryRecord record, Provenance provenance) {
        check();
        beforePut.run();
        return inner.put(record, provenance);
    }

    @Override
    public Optional<SummaryRecord> get(String articleId) {
        check();
        return inner.get(articleId);
    }

    @Override
    public Optional<StoredMeta> meta(String articleId) {
        check();
        return inner.meta(articleId);
    }

    @Override
    public Page<SummaryRecord> list(Listing listing, int limit, String nextToken) {
        check();
        return inner.list(listing, limit, nextToken);
    }

    @Override
    public Optional<String> checkpoint(String name) {
        check();
        return inner.checkpoint(name);
    }

    @Override
    public void saveCheckpoint(String name, String startAfter) {
        check();
        inner.saveCheckpoint(name, startAfter);
    }

    @Override
    public void markIndexed(String articleId, long revision) {
        check();
        inner.markIndexed(articleId, revision);
    }
}
