package readout.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import readout.record.SummaryRecord;

/** Reads a listing to its end as a client does, page by page, for the store tests. */
public final class Pages {
    private Pages() {}

    /** The sources of every record of a listing, in the order listed; each page within {@code limit}. */
    public static List<String> sources(SummaryStore store, Listing listing, int limit) {
        List<String> out = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            assertTrue(pages++ < 1_000, "still paging after 1,000 pages: " + out.size() + " records");
            Page<SummaryRecord> p = store.list(listing, limit, token);
            assertTrue(p.items().size() <= limit);
            for (SummaryRecord r : p.items()) out.add(r.source());
            token = p.nextToken();
        } while (token != null);
        return out;
    }
}
