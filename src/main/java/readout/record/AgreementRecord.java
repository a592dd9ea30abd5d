package readout.record;

import java.util.List;

public record AgreementRecord(List<String> parties, String text, String kind, String cue, int sentence, SpanRecord span) {}
