package readout.record;

import java.util.List;

/**
 * @param speaker  canonical speaker; joint speakers joined as "A; B"
 * @param speakers the same, one entry per speaker
 */
public record StatementRecord(String speaker, List<String> speakers, String text, String cue, boolean direct,
                              int sentence, SpanRecord span) {}
