package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Accept parser's edge cases (the API's choices are in ApiHandlerTest). */
class AcceptHeaderTest {
    private static final List<String> OFFERED = List.of("application/json", "text/html");

    @Test
    void noHeaderOrAWildcardGivesTheFirstOfferAndARefusalOfAllGivesNone() {
        assertEquals("application/json", AcceptHeader.choose(null, OFFERED));
        assertEquals("application/json", AcceptHeader.choose("  ", OFFERED));
        assertEquals("application/json", AcceptHeader.choose("*/*", OFFERED));
        assertNull(AcceptHeader.choose("image/png, text/html;q=0, application/json;q=0.000", OFFERED));
        assertNull(AcceptHeader.choose("*/*;q=0", OFFERED));
    }

    @Test
    void malformedRangesAreIgnoredAndTheRestStillCount() {
        assertEquals("text/html", AcceptHeader.choose("application/json;q=1.5, text/html", OFFERED), "q above 1");
        assertEquals("text/html", AcceptHeader.choose("application/json;q=0.1234, text/html", OFFERED), "four decimals");
        assertEquals("text/html", AcceptHeader.choose("application, /json, */html, text/html;q=0.5", OFFERED), "not type/subtype");
        assertEquals("text/html", AcceptHeader.choose("text/html ; Q=1. , application/json;q=0.9", OFFERED), "spaces, upper-case Q, '1.'");
        assertEquals("text/html", AcceptHeader.choose("text/html;q=0.5;ext=1, application/json;q=0.4", OFFERED), "an accept-extension");
    }

    @Test
    void onlyTheFirstRangesOfAHugeHeaderAreRead() {
        String many = "image/png, ".repeat(AcceptHeader.MAX_RANGES) + "text/html";
        assertNull(AcceptHeader.choose(many, OFFERED));
    }
}
