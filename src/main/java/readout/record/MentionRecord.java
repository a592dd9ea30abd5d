package readout.record;

/** The words that name a speaker ("He", "the Cuban leader") and where they stand in the text as given. */
public record MentionRecord(String text, SpanRecord span) {}
