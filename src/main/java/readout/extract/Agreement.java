package readout.extract;

import java.util.List;
import readout.text.Span;

/**
 * What two or more parties agreed, committed to, signed, or accepted.
 *
 * @param kind one of {@code agreement}, {@code commitment}, {@code invitation_accepted}, {@code signed_document}
 */
public record Agreement(List<String> parties, String text, String kind, String cue, int sentence, Span span) {
    public static final String AGREEMENT = "agreement";
    public static final String COMMITMENT = "commitment";
    public static final String INVITATION_ACCEPTED = "invitation_accepted";
    public static final String SIGNED_DOCUMENT = "signed_document";
}
