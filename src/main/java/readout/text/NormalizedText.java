package readout.text;

import java.text.Normalizer;

/**
 * A text in Unicode NFC with a map from each of its offsets back to the original (possibly NFD) text.
 * Agency copy sometimes arrives decomposed ("Trọng" as o + combining dot + combining hook); extraction
 * runs on NFC so names compare equal, while spans are reported against the text as it was given.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal; // length text.length() + 1

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
            return new NormalizedText(original, original, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 16]; // grows: NFC can lengthen a few characters (U+0344 ...)
        int i = 0;
        int n = original.length();
        while (i < n) {
            // A segment is a starter with the combining marks that follow it: NFC composes only within one.
            int end = i + Character.charCount(original.codePointAt(i));
            while (end < n && !isStarter(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
            String seg = Normalizer.normalize(original.substring(i, end), Normalizer.Form.NFC);
            if (out.length() + seg.length() + 1 > map.length) {
                map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, out.length() + seg.length() + 1));
            }
            for (int k = 0; k < seg.length(); k++) {
                map[out.length() + k] = k == 0 ? i : Math.min(end, i + k);
            }
            out.append(seg);
            i = end;
        }
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(map, 0, trimmed, 0, out.length());
        trimmed[out.length()] = n;
        return new NormalizedText(original, out.toString(), trimmed);
    }

    private static boolean isStarter(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        // Hangul vowel and trailing jamo compose with the preceding leading jamo.
        return !(cp >= 0x1161 && cp <= 0x11C2);
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    public boolean changed() {
        return toOriginal != null;
    }

    public int toOriginal(int offset) {
        return toOriginal == null ? offset : toOriginal[offset];
    }

    public Span toOriginal(Span span) {
        if (toOriginal == null) return span;
        int end = span.end() == 0 ? 0 : toOriginal[span.end()];
        // The end of a span that ends inside a segment maps to the end of that segment.
        if (span.end() > 0 && span.end() < text.length() && toOriginal[span.end()] == toOriginal[span.end() - 1]) {
            end = toOriginal[span.end()];
        }
        return new Span(toOriginal[span.start()], Math.max(end, toOriginal[span.start()]));
    }
}
