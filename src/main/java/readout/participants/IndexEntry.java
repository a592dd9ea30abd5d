package readout.participants;

import java.util.List;
import readout.record.SpanRecord;

/**
 * What one article says of one person: the index item of a (person, article) pair. It carries the record's
 * version ({@code extractorVersion}, {@code contentSha256}) so a store can tell an entry of the record it holds
 * from one of a record since replaced.
 *
 * @param omitted statements and agreements of the person left out to keep the item within its size (the record
 *                has them all)
 */
public record IndexEntry(String personKey, String name, List<String> aliases, String role, String affiliation,
                         String articleId, String publishedDate, String title, String source,
                         String extractorVersion, String contentSha256,
                         List<Said> statements, List<Agreed> agreements, int omitted) {

    /**
     * A statement of the person.
     *
     * @param index  its place among the record's statements: the article view marks it {@code s<index>}
     * @param with   the other speakers of a joint statement
     */
    public record Said(int index, String text, String cue, boolean direct, SpanRecord span, List<String> with) {}

    /**
     * An agreement the person is a party to.
     *
     * @param index   its place among the record's agreements: the article view marks it {@code a<index>}
     * @param parties every party, the person too, as the record names them
     */
    public record Agreed(int index, List<String> parties, String text, String kind, String cue, SpanRecord span) {}
}
