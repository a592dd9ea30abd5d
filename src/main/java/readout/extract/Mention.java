package readout.extract;

import readout.text.Span;

/**
 * The words that name a speaker where they stand ("He", "the Cuban leader", "Trọng"), so a reader can see
 * which words Readout took for the speaker.
 *
 * @param text the words as written, white space collapsed
 * @param span where they stand in the article text
 */
public record Mention(String text, Span span) {

    static Mention of(String text, Span span) {
        return span == null ? null : new Mention(span.of(text).replaceAll("\\s+", " "), span);
    }
}
