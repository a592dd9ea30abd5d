package readout.record;

import java.util.List;

/**
 * One article's summary record: what is printed by {@code summarize} and stored in DynamoDB.
 * A rejected input has {@code status = "FAILED"}, an {@code error}, and empty extraction lists.
 */
public record SummaryRecord(
        String articleId,
        String source,
        String format,
        String title,
        String publishedDate,
        String dateline,
        String agency,
        List<ParticipantRecord> participants,
        List<OrganizationRecord> organizations,
        List<StatementRecord> statements,
        List<AgreementRecord> agreements,
        List<String> summary,
        List<String> keywords,
        List<String> captions,
        String extractorVersion,
        String contentSha256,
        long contentLength,
        String status,
        ErrorRecord error) {

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";

    public boolean failed() {
        return FAILED.equals(status);
    }
}
