package readout.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void nfcTextIsKeptAsIs() {
        NormalizedText t = NormalizedText.of("Nguyễn Phú Trọng said");
        assertFalse(t.changed());
        assertEquals(new Span(4, 10), t.toOriginal(new Span(4, 10)));
    }

    @Test
    void decomposedTextIsComposedAndSpansPointBackIntoTheOriginal() {
        String nfc = "HÀ NỘI — Trọng said";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        NormalizedText t = NormalizedText.of(nfd);
        assertTrue(t.changed());
        assertEquals(nfc, t.text());
        int start = nfc.indexOf("Trọng");
        Span inOriginal = t.toOriginal(new Span(start, start + "Trọng".length()));
        assertEquals(Normalizer.normalize("Trọng", Normalizer.Form.NFD), inOriginal.of(nfd));
        Span said = t.toOriginal(new Span(nfc.indexOf("said"), nfc.length()));
        assertEquals("said", said.of(nfd));
    }

    @Test
    void foldingIgnoresDiacriticsCaseAndDashes() {
        assertEquals(Fold.key("Diaz-Canel"), Fold.key("Díaz-Canel"));
        assertEquals("dang", Fold.fold("Đặng"));
        assertEquals("viet nam", Fold.key("Việt Nam"));
    }

    @Test
    void compositionThatLengthensTheTextStillMaps() {
        // U+0958 (Devanagari qa) is a composition exclusion: NFC writes it as two characters.
        String original = "\u0958".repeat(50) + " e\u0301 end";
        NormalizedText t = NormalizedText.of(original);
        assertTrue(t.text().length() > original.length());
        Span end = t.toOriginal(new Span(t.text().indexOf("end"), t.text().length()));
        assertEquals("end", end.of(original));
    }

    @Test
    void aCrLfIsOneLineBreakAndSpansCoverBothCharacters() {
        String given = "Headline\r\n\r\nLEEDS \u2014 The mayor said the bridge would reopen.\r\n";
        NormalizedText t = NormalizedText.of(given);
        assertEquals("Headline\n\nLEEDS \u2014 The mayor said the bridge would reopen.\n", t.text());
        int at = t.text().indexOf("the bridge");
        Span inGiven = t.toOriginal(new Span(at, at + "the bridge would reopen".length()));
        assertEquals("the bridge would reopen", inGiven.of(given), "off by nothing, whatever the line breaks before it");
        assertEquals(new Span(8, 12), t.toOriginal(new Span(8, 10)), "a span over line breaks covers their CRs too");
    }

    @Test
    void everyKindOfLineBreakIsANewline() {
        NormalizedText t = NormalizedText.of("one\rtwo\u2028three\u0085four\ffive\u000Bsix\u2029seven");
        assertEquals("one\ntwo\nthree\nfour\nfive\nsix\nseven", t.text());
        assertEquals("seven", t.toOriginal(new Span(t.text().length() - 5, t.text().length())).of(t.original()));
    }

    @Test
    void spacesAndControlsAreSpacesAndInvisibleCharactersAreLeftOut() {
        String given = "A\tB\u00A0C\u0007D\u202FE\u200BF\u00ADG\u202EH\uFEFFI\u009CJ";
        NormalizedText t = NormalizedText.of(given);
        assertEquals("A B C D EFGHI J", t.text());
        int f = t.text().indexOf('F');
        assertEquals("F", t.toOriginal(new Span(f, f + 1)).of(given), "a left-out character belongs to neither neighbour");
        assertEquals("EF", NormalizedText.display(given.substring(given.indexOf('E'), given.indexOf('F') + 1)));
    }

    @Test
    void zeroWidthJoinersAndAstralCharactersStay() {
        String given = "The scientist \uD83D\uDC69\u200D\uD83D\uDD2C said \uD835\uDD08uros";
        assertFalse(NormalizedText.of(given).changed());
        assertEquals("\uFFFD lone", NormalizedText.of("\uD800 lone").text(), "a lone surrogate is no character");
    }

    @Test
    void aLongRunOfCombiningMarksGetsAGraphemeJoinerEveryThirtyMarks() {
        // UAX #15's stream-safe text format: NFC reorders within a run of marks, so an unbounded run would cost n².
        String given = "x" + "\u0301\u0316".repeat(40) + " said";
        NormalizedText t = NormalizedText.of(given);
        assertEquals(2, t.text().chars().filter(c -> c == '\u034F').count(), "80 marks: a CGJ after the 30th and the 60th");
        assertTrue(Normalizer.isNormalized(t.text(), Normalizer.Form.NFC));
        int said = t.text().indexOf("said");
        assertEquals("said", t.toOriginal(new Span(said, said + 4)).of(given));
        assertEquals(given, t.toOriginal(new Span(0, t.text().length())).of(given));
    }

    @Test
    void displayIsTheReadingFormWithWhiteSpaceCollapsed() {
        assertEquals("Rex Tillerson said", NormalizedText.display(" Rex\r\nTillerson\t said\n"));
        assertEquals("Trọng", NormalizedText.display(Normalizer.normalize("Trọng", Normalizer.Form.NFD)));
    }
}
