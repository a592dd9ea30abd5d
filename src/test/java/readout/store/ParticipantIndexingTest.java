package readout.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import readout.participants.ArticleEntries;
import readout.participants.IndexEntry;
import readout.participants.Person;
import readout.participants.Records;
import readout.record.SummaryRecord;

/** The write order and its rules over the in-memory stores; DynamoDbParticipantStoreIT runs the same against dynalite. */
class ParticipantIndexingTest {
    private final InMemorySummaryStore records = new InMemorySummaryStore();
    private final InMemoryParticipantStore entries = new InMemoryParticipantStore();
    private final ParticipantIndexing indexing = new ParticipantIndexing(records, entries);

    private static Provenance event(String sequencer) {
        return new Provenance("b", "k", null, null, sequencer);
    }

    private void write(SummaryRecord r, Provenance p) {
        records.put(r, p);
        indexing.index(r);
    }

    private List<String> statementsOf(String name) {
        var read = indexing.read(name.substring(0, 1));
        return read.index().byName(name).map(p -> read.index().entries(p).stream()
                .flatMap(e -> e.statements().stream().map(IndexEntry.Said::text)).toList()).orElse(List.of());
    }

    private static SummaryRecord twoPeople() {
        return Records.article("art").dated("2024-01-01").person("Anna Berg", null).person("Tomas Lind", null)
                .said("Anna Berg", "the first version").said("Tomas Lind", "only in the first version").build();
    }

    private static SummaryRecord onePerson() {
        return Records.article("art").content("sha-2").dated("2024-01-02").person("Anna Berg", null)
                .said("Anna Berg", "the second version").build();
    }

    @Test
    void aRewriteWithFewerPeopleLeavesNoGhost() {
        write(twoPeople(), event("01"));
        assertEquals(List.of("only in the first version"), statementsOf("Tomas Lind"));
        write(onePerson(), event("02"));
        assertEquals(List.of(), statementsOf("Tomas Lind"));
        assertEquals(List.of("the second version"), statementsOf("Anna Berg"));
        assertEquals(1, entries.size(), "the old entries are gone from the store too, the old date's key with them");
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        write(onePerson(), event("02"));
        write(twoPeople(), event("01"));
        assertEquals(List.of("the second version"), statementsOf("Anna Berg"));
        assertEquals(List.of(), statementsOf("Tomas Lind"));
    }

    @Test
    void theSameEventTwiceLeavesOneSet() {
        write(twoPeople(), event("01"));
        write(twoPeople(), event("01"));
        assertEquals(2, entries.size());
        assertEquals(List.of("the first version"), statementsOf("Anna Berg"));
    }

    @Test
    void aLateWriterOfASupersededRevisionIsNeverRead() {
        // writer A's record (revision 1) is replaced by B's (revision 2) before A writes its entries
        records.put(twoPeople(), event("01"));
        write(onePerson(), event("02"));
        entries.replace("art", 1, ArticleEntries.of(twoPeople())); // A, late: the store keeps B's entry of Anna
        assertEquals(List.of("the second version"), statementsOf("Anna Berg"));
        assertEquals(List.of(), statementsOf("Tomas Lind"), "Tomas's late entry is of revision 1: not read");
    }

    @Test
    void aCrashBetweenTheWritesIsRepairedByRedelivery() {
        records.put(twoPeople(), event("01")); // the record is written, then the worker dies
        assertFalse(records.meta("art").orElseThrow().indexed());
        assertEquals(List.of(), statementsOf("Anna Berg"));
        write(twoPeople(), event("01")); // SQS delivers again: a duplicate put, which indexes
        assertTrue(records.meta("art").orElseThrow().indexed());
        assertEquals(List.of("the first version"), statementsOf("Anna Berg"));
    }

    @Test
    void aRecordTheStoreKeptAsFailedInItsPlaceLeavesNoEntries() {
        write(twoPeople(), event("01"));
        SummaryRecord ok = Records.article("art").content("sha-2").person("Anna Berg", null).said("Anna Berg", "too large to store").build();
        // what a store writes when the record does not fit an item: the same version, FAILED, without participants
        SummaryRecord kept = new SummaryRecord(ok.articleId(), ok.source(), ok.format(), ok.title(), ok.publishedDate(), null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), ok.extractorVersion(), ok.contentSha256(),
                ok.contentLength(), SummaryRecord.FAILED, new readout.record.ErrorRecord(SummaryStore.RECORD_TOO_LARGE, "too large"));
        records.put(kept, event("02"));
        indexing.index(ok); // the worker indexes the record it made
        assertEquals(List.of(), statementsOf("Anna Berg"));
        assertEquals(0, entries.size());
    }

    @Test
    void aReadOfAPrefixFindsThePeopleTheRuleJoins() {
        write(Records.article("a1").dated("2022-01-01").person("Miguel Díaz-Canel", "Cuba").said("Miguel Díaz-Canel", "one").build(), event("01"));
        write(Records.article("a2").dated("2023-01-01").person("Miguel Diaz-Canel Bermudez", "Cuba").said("Miguel Diaz-Canel Bermudez", "two").build(),
                event("01"));
        Person p = indexing.read("miguel-diaz-canel-b").index().person("miguel-diaz-canel-bermudez").orElseThrow();
        assertEquals(2, p.articleCount(), "the shorter key is read too, though the prefix excludes it");
    }
}
