package readout.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the DynamoDB store decides without DynamoDB (its reads and writes are in DynamoDbSummaryStoreIT). */
class DynamoDbSummaryStoreTest {

    @Test
    void updatedAtSortsAsStringsInTimeOrderWhateverTheFractionOfTheSecond() {
        // Instant.toString() writes 20Z, 20.500Z, 20.500100Z: as strings "…20Z" sorts after "…20.5Z"
        List<Instant> inOrder = List.of(Instant.parse("2026-11-26T15:42:20Z"), Instant.parse("2026-11-26T15:42:20.000001Z"),
                Instant.parse("2026-11-26T15:42:20.100Z"), Instant.parse("2026-11-26T15:42:20.5001Z"),
                Instant.parse("2026-11-26T15:42:21Z"));
        for (int i = 1; i < inOrder.size(); i++) {
            String earlier = DynamoDbSummaryStore.TIME.format(inOrder.get(i - 1)), later = DynamoDbSummaryStore.TIME.format(inOrder.get(i));
            assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);
            assertEquals(earlier.length(), later.length());
        }
        assertEquals(Instant.parse("2026-11-26T15:42:20.000001Z"),
                Instant.parse(DynamoDbSummaryStore.TIME.format(Instant.parse("2026-11-26T15:42:20.000001Z"))), "still an ISO instant");
    }
}
