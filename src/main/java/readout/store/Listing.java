package readout.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import readout.record.SummaryRecord;

/**
 * Which records a listing holds. Every listing runs newest write first, a page at a time; a page token names
 * its listing, so a token of one listing is refused by another.
 */
public sealed interface Listing {

    /** The listing's name as its page tokens carry it ({@code date:2021-05-06}, {@code status:FAILED}, {@code undated}). */
    String name();

    /** Whether a record belongs to this listing. */
    boolean includes(SummaryRecord record);

    /** Records of articles published on a day. */
    record ByDate(String date) implements Listing {
        /** Only a real {@code yyyy-MM-dd} day: a store may key undated records by a word that is no date. */
        public ByDate {
            Objects.requireNonNull(date, "date");
            boolean valid = date.matches("\\d{4}-\\d{2}-\\d{2}");
            try {
                if (valid) LocalDate.parse(date);
            } catch (DateTimeException e) {
                valid = false;
            }
            if (!valid) throw new IllegalArgumentException("date must be YYYY-MM-DD, not " + date);
        }

        @Override
        public String name() {
            return "date:" + date;
        }

        @Override
        public boolean includes(SummaryRecord record) {
            return date.equals(record.publishedDate());
        }
    }

    /** Records of one status, {@code OK} or {@code FAILED}: the failed ones, with their reasons, in one place. */
    record ByStatus(String status) implements Listing {
        public ByStatus {
            if (!SummaryRecord.OK.equals(status) && !SummaryRecord.FAILED.equals(status)) {
                throw new IllegalArgumentException("status must be OK or FAILED, not " + status);
            }
        }

        @Override
        public String name() {
            return "status:" + status;
        }

        @Override
        public boolean includes(SummaryRecord record) {
            return status.equals(record.status());
        }
    }

    /** Records whose article gives no publication date (a readout that says "today", most FAILED records). */
    record Undated() implements Listing {
        @Override
        public String name() {
            return "undated";
        }

        @Override
        public boolean includes(SummaryRecord record) {
            return record.publishedDate() == null;
        }
    }
}
