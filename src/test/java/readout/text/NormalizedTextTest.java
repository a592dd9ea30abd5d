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
}
