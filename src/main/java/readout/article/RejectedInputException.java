package readout.article;

/** An input that is not an article we can read; the reason is recorded in a FAILED record or a 4xx answer. */
public final class RejectedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an input was refused; each maps to one documented record error code and HTTP status. */
    public enum Reason {
        EMPTY(400), TOO_LARGE(413), BINARY(415), ENCODING(415), UNSUPPORTED_TYPE(415), MALFORMED(400), NO_TEXT(400);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
