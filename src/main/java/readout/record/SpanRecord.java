package readout.record;

/** Character offsets [start, end) into the article's text as it was given (before Unicode normalization). */
public record SpanRecord(int start, int end) {}
