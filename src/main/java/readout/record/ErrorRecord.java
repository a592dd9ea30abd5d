package readout.record;

/** Why an input was rejected: a stable code (EMPTY, TOO_LARGE, BINARY, ...) and a sentence for people. */
public record ErrorRecord(String code, String message) {}
