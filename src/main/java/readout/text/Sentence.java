package readout.text;

/** One sentence: its index in the article, the paragraph it belongs to, and where it stands. */
public record Sentence(int index, int paragraph, Span span, String text) {}
