package readout.participants;

import java.util.ArrayList;
import java.util.List;
import readout.record.SpanRecord;

/**
 * A person's statements and agreements as lists across articles: in the order of the entries given (newest article
 * first), and within an article in its own order. Each item names its article, so a client can open the record's
 * view at the highlight ({@code /summaries/{articleId}#s<index>} or {@code #a<index>}).
 */
public final class Timeline {
    private Timeline() {}

    public record StatementItem(String articleId, String publishedDate, String title, int index, String text, String cue,
                                boolean direct, SpanRecord span, List<String> with) {}

    public record AgreementItem(String articleId, String publishedDate, String title, int index, List<String> parties,
                                String text, String kind, String cue, SpanRecord span) {}

    public static List<StatementItem> statements(List<IndexEntry> entries) {
        List<StatementItem> out = new ArrayList<>();
        for (IndexEntry e : entries) {
            for (IndexEntry.Said s : e.statements()) {
                out.add(new StatementItem(e.articleId(), e.publishedDate(), e.title(), s.index(), s.text(), s.cue(), s.direct(), s.span(), s.with()));
            }
        }
        return out;
    }

    public static List<AgreementItem> agreements(List<IndexEntry> entries) {
        List<AgreementItem> out = new ArrayList<>();
        for (IndexEntry e : entries) {
            for (IndexEntry.Agreed a : e.agreements()) {
                out.add(new AgreementItem(e.articleId(), e.publishedDate(), e.title(), a.index(), a.parties(), a.text(), a.kind(), a.cue(), a.span()));
            }
        }
        return out;
    }

    /** Whether an entry's article falls between two days (either null: open), by its publication date; undated ones only when both are open. */
    public static boolean between(IndexEntry e, String from, String to) {
        if (from == null && to == null) return true;
        String d = e.publishedDate();
        if (d == null) return false;
        return (from == null || d.compareTo(from) >= 0) && (to == null || d.compareTo(to) <= 0);
    }
}
