package readout.store;

import java.util.Objects;
import readout.record.SummaryRecord;

/**
 * The ordering rule every store applies, written once: may a record arriving with this provenance replace
 * what is stored? Mirrors the DynamoDB condition expression in {@link DynamoDbSummaryStore}.
 */
final class WriteRule {
    private WriteRule() {}

    static PutOutcome decide(StoredMeta existing, SummaryRecord incoming, Provenance p) {
        if (existing == null) return PutOutcome.WRITTEN;
        String seq = Provenance.normalizeSequencer(p.sequencer());
        String stored = existing.sequencer();
        boolean sameContent = Objects.equals(existing.contentSha256(), incoming.contentSha256())
                && Objects.equals(existing.extractorVersion(), incoming.extractorVersion());
        if (seq == null) {
            // A redo (batch) or a posted body: rewrite only what another extractor or other bytes made.
            return sameContent ? PutOutcome.DUPLICATE : PutOutcome.WRITTEN;
        }
        if (stored == null) return sameContent ? PutOutcome.DUPLICATE : PutOutcome.WRITTEN;
        int c = seq.compareTo(stored);
        if (c < 0) return PutOutcome.SUPERSEDED;
        if (c == 0) return sameContent ? PutOutcome.DUPLICATE : PutOutcome.WRITTEN;
        return PutOutcome.WRITTEN;
    }
}
