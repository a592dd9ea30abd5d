package readout.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static readout.article.Parsing.body;
import static readout.article.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON article reads as the same article written as plain text: the headline first, then the body. */
class JsonExtractorTest {

    @Test
    void theTitleComesFirstEvenWhenTheLeadStartsWithTheSameWords() throws Exception {
        Article a = parse("a.json", "{\"title\": \"Harbour strike ends\", \"text\": \"Harbour strike ends after a week, the union said.\\n\\nShips sailed.\"}");
        assertEquals("Harbour strike ends", a.title());
        assertEquals("Harbour strike ends\n\nHarbour strike ends after a week, the union said.\n\nShips sailed.", a.text());
        assertEquals(List.of("Harbour strike ends after a week, the union said.", "Ships sailed."), body(a));
    }

    @Test
    void aBodyThatOpensWithItsHeadlineIsNotGivenItTwice() throws Exception {
        Article a = parse("a.json", "{\"headline\": \"Harbour strike ends\", \"text\": \"Harbour Strike Ends\\n\\nShips sailed on Monday.\"}");
        assertEquals("Harbour Strike Ends\n\nShips sailed on Monday.", a.text());
    }

    @Test
    void aHeadlineWithLineBreaksAndControlsIsOneCleanParagraph() throws Exception {
        Article a = parse("a.json", "{\"title\": \"Harbour\\r\\nstrike\\u0007 ends\", \"text\": \"Ships sailed on Monday.\"}");
        assertEquals("Harbour strike ends\n\nShips sailed on Monday.", a.text());
        assertEquals(List.of("Ships sailed on Monday."), body(a));
    }
}
