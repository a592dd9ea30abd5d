package readout.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnSentenceEnds() {
        assertEquals(List.of("He arrived.", "She left!", "Why?"), split("He arrived. She left! Why?"));
    }

    @Test
    void keepsTitlesAbbreviationsInitialsAndDecimalsInside() {
        assertEquals(List.of("Mr. Smith met Dr. Lee in the U.S. on Dec. 4 about a $7.8 billion deal.", "It went well."),
                split("Mr. Smith met Dr. Lee in the U.S. on Dec. 4 about a $7.8 billion deal. It went well."));
        assertEquals(1, split("President Joseph R. Biden, Jr. and Prime Minister Pham Minh Chinh met today.").size());
    }

    @Test
    void aQuotationOfSeveralSentencesStaysWithItsAttribution() {
        String text = "\"A durable relationship requires reciprocity. Raising the limit is an important step,\" they said. Next.";
        assertEquals(List.of("\"A durable relationship requires reciprocity. Raising the limit is an important step,\" they said.", "Next."),
                split(text));
        String curly = "“We are ready. We will act,” Davis said. Then he left.";
        assertEquals(2, split(curly).size());
    }

    @Test
    void aSentenceEndingInsideAQuotationEndsAfterTheClosingMark() {
        assertEquals(List.of("Wang said it is fine.", "\"It does not target any third party.\"", "Others agreed."),
                split("Wang said it is fine. \"It does not target any third party.\" Others agreed."));
    }

    @Test
    void anUnbalancedQuotationDoesNotSwallowTheParagraph() {
        assertEquals(3, split("\"He spoke. Then he left. The end.").size());
    }

    @Test
    void spansIndexTheTextAndLowercaseContinuationsDoNotSplit() {
        String text = "Prices rose 2.5 per cent. e.g. not a break. Done.";
        List<Span> spans = splitter.split(text, new Span(0, text.length()));
        assertEquals("Prices rose 2.5 per cent. e.g. not a break.", spans.get(0).of(text));
        assertEquals("Done.", spans.get(1).of(text));
    }
}
