package readout.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void singleQuotationsReadAsDoubleWithEveryOffsetKept() {
        String text = "‘This is Britain’s landmark deal,’ said Starmer. Ministers’ talks went on.";
        String view = Quotes.singleAsDouble(text);
        assertEquals("“This is Britain’s landmark deal,” said Starmer. Ministers’ talks went on.", view);
        assertEquals(text.length(), view.length());
    }

    @Test
    void anArticleThatQuotesWithDoubleMarksIsLeftAsItIs() {
        String text = "“It is ‘historic’,” he said.";
        assertSame(text, Quotes.singleAsDouble(text));
        String none = "Britain’s deal.";
        assertSame(none, Quotes.singleAsDouble(none));
    }

    @Test
    void aQuotationOverParagraphsReopensEachAndTheApostropheInsideStays() {
        // newspapers open every paragraph of a long quotation again and close only the last
        String view = Quotes.singleAsDouble("‘We agreed.\n\n‘It’s done,’ he said.");
        assertEquals("“We agreed.\n\n“It’s done,” he said.", view);
    }
}
