package readout.participants;

import java.util.ArrayList;
import java.util.List;
import readout.record.AgreementRecord;
import readout.record.ParticipantRecord;
import readout.record.SpanRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;

/** Small summary records written by hand for the index's tests: sentences of our own. */
public final class Records {
    private final String articleId;
    private String date;
    private String sha;
    private final List<ParticipantRecord> people = new ArrayList<>();
    private final List<StatementRecord> statements = new ArrayList<>();
    private final List<AgreementRecord> agreements = new ArrayList<>();

    private Records(String articleId) {
        this.articleId = articleId;
    }

    public static Records article(String articleId) {
        return new Records(articleId);
    }

    /** Another content of the same article (a new version of its object). */
    public Records content(String sha) {
        this.sha = sha;
        return this;
    }

    public Records dated(String date) {
        this.date = date;
        return this;
    }

    public Records person(String name, String affiliation, String... aliases) {
        people.add(new ParticipantRecord(name, List.of(aliases), null, affiliation));
        return this;
    }

    public Records said(String speaker, String text) {
        int at = statements.size() * 100;
        statements.add(new StatementRecord(speaker, List.of(speaker.split("; ")), text, "said", false, statements.size(),
                new SpanRecord(at, at + text.length()), null, "explicit/name"));
        return this;
    }

    public Records agreed(String text, String... parties) {
        agreements.add(new AgreementRecord(List.of(parties), text, "agreement", "agreed", agreements.size(), new SpanRecord(5000, 5000 + text.length())));
        return this;
    }

    public SummaryRecord build() {
        return new SummaryRecord(articleId, "news/" + articleId + ".txt", "text", "Title of " + articleId, date, null, null,
                people, List.of(), statements, agreements, List.of(), List.of(), List.of(), "test-1", sha != null ? sha : "sha-" + articleId, 100,
                SummaryRecord.OK, null);
    }
}
