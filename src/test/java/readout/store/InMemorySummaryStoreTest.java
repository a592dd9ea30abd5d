package readout.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.record.SummaryRecord;

/** The in-memory store's listings and page tokens (the DynamoDB store's are in DynamoDbSummaryStoreIT). */
class InMemorySummaryStoreTest {
    private static final Readout READOUT = new Readout();
    private final InMemorySummaryStore store = new InMemorySummaryStore();

    private static SummaryRecord dated(String name, String date) {
        return READOUT.summarize("s3://b/" + name + ".txt", null,
                ("date " + date + " \n\nStory " + name + ": the minister said the harbour will reopen.").getBytes(StandardCharsets.UTF_8));
    }

    private static SummaryRecord undated(String name) {
        return READOUT.summarize("s3://b/" + name + ".txt", null,
                ("Story " + name + ": the minister said the harbour will reopen.").getBytes(StandardCharsets.UTF_8));
    }

    private static SummaryRecord failed(String name) {
        return READOUT.summarize("s3://b/" + name + ".txt", null, new byte[0]);
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }


    @Test
    void recordsAddedWhileAClientPagesAreNeverListedTwiceAndNoneIsSkipped() {
        Listing day = new Listing.ByDate("2021-05-06");
        for (int i = 0; i < 5; i++) store.put(dated("old" + i, "2021-05-06"), Provenance.none());
        List<String> seen = new ArrayList<>();
        String token = null;
        int added = 0;
        do {
            assertTrue(added < 40, "still paging after 20 pages: " + seen);
            Page<SummaryRecord> p = store.list(day, 2, token);
            for (SummaryRecord r : p.items()) seen.add(r.source());
            // between pages, new records of the same day arrive (they sort first: newest write first)
            store.put(dated("new" + added++, "2021-05-06"), Provenance.none());
            store.put(dated("new" + added++, "2021-05-06"), Provenance.none());
            token = p.nextToken();
        } while (token != null);
        assertEquals(new HashSet<>(seen).size(), seen.size(), "listed twice: " + seen);
        for (int i = 0; i < 5; i++) assertTrue(seen.contains("s3://b/old" + i + ".txt"), "skipped old" + i + ": " + seen);
        assertEquals(List.of("s3://b/old4.txt", "s3://b/old3.txt", "s3://b/old2.txt", "s3://b/old1.txt", "s3://b/old0.txt"),
                seen.stream().filter(s -> s.contains("old")).toList(), "newest write first");
    }

    @Test
    void listsByStatusAndTheUndated() {
        store.put(dated("a", "2021-05-06"), Provenance.none());
        store.put(undated("b"), Provenance.none());
        store.put(failed("c"), Provenance.none());
        store.put(failed("d"), Provenance.none());
        assertEquals(List.of("s3://b/d.txt", "s3://b/c.txt"), Pages.sources(store, new Listing.ByStatus("FAILED"), 1));
        assertEquals(List.of("s3://b/b.txt", "s3://b/a.txt"), Pages.sources(store, new Listing.ByStatus("OK"), 10));
        assertEquals(List.of("s3://b/d.txt", "s3://b/c.txt", "s3://b/b.txt"), Pages.sources(store, new Listing.Undated(), 2));
        assertEquals(List.of("s3://b/a.txt"), Pages.sources(store, new Listing.ByDate("2021-05-06"), 2));
        assertNull(store.list(new Listing.ByDate("2021-05-07"), 5, null).nextToken());
        // a record rewritten with another status leaves one listing for the other
        store.put(undated("c"), Provenance.none());
        assertEquals(List.of("s3://b/d.txt"), Pages.sources(store, new Listing.ByStatus("FAILED"), 5));
    }

    @Test
    void aTokenIsRefusedWithAReasonUnlessThisStoreMadeItForThisListing() {
        for (int i = 0; i < 4; i++) store.put(failed("f" + i), Provenance.none());
        Listing failedOnes = new Listing.ByStatus("FAILED");
        String good = store.list(failedOnes, 2, null).nextToken();
        assertEquals(2, store.list(failedOnes, 2, good).items().size());
        List<String> forged = List.of("", "!!", "a".repeat(PageToken.MAX_LENGTH + 1), token("-5"), token("2"), token("null"), token("[]"),
                token("{\"listing\":\"status:FAILED\"}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":\"-5\"}}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":\"abc\"}}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":7}}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":\"3\",\"articleId\":\"x\"}}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":\"3\"},\"more\":1}"),
                token("{\"listing\":\"status:FAILED\",\"after\":{\"writtenAt\":\"3\"}}x"),
                token("{\"listing\":\"status:OK\",\"after\":{\"writtenAt\":\"3\"}}"));
        for (String t : forged) {
            SummaryStore.BadTokenException e = assertThrows(SummaryStore.BadTokenException.class, () -> store.list(failedOnes, 2, t), t);
            assertTrue(e.getMessage().startsWith("nextToken "), e.getMessage());
        }
        // a token of one listing is refused by another
        assertThrows(SummaryStore.BadTokenException.class, () -> store.list(new Listing.Undated(), 2, good));
    }

    @Test
    void listingsAcceptOnlyWhatTheyCanHold() {
        for (String notADay : List.of("2021-13-45", "2021-5-6", "undated", "")) {
            assertThrows(IllegalArgumentException.class, () -> new Listing.ByDate(notADay), notADay);
        }
        assertThrows(IllegalArgumentException.class, () -> new Listing.ByStatus("failed"));
        assertEquals(Set.of("date:2021-05-06", "status:FAILED", "undated"),
                Set.of(new Listing.ByDate("2021-05-06").name(), new Listing.ByStatus("FAILED").name(), new Listing.Undated().name()));
    }
}
