package readout.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import readout.text.NormalizedText;

/**
 * The form of a record's names, labels and summary: the article's characters in the reading form (NFC, no control
 * or invisible characters), each run of white space one space ("Rex\nTillerson" from hard-wrapped copy is "Rex
 * Tillerson"), and no longer than {@link #MAX_LENGTH}. Statement, agreement and mention texts are not cut: they
 * are the text at their spans.
 */
public final class RecordText {
    /** No name, title or summary sentence of a real article comes near it; a 2 MiB "word" is not copied into a record whole. */
    public static final int MAX_LENGTH = 1_000;

    private RecordText() {}

    /** The text in record form; null stays null. */
    public static String of(String s) {
        if (s == null) return null;
        String d = NormalizedText.display(s);
        if (d.length() <= MAX_LENGTH) return d;
        int cut = MAX_LENGTH - 1;
        if (Character.isLowSurrogate(d.charAt(cut))) cut--; // never half a character
        int space = d.lastIndexOf(' ', cut);
        if (space > MAX_LENGTH / 2) cut = space;
        return d.substring(0, cut) + "…";
    }

    /** Each text in record form, without the empty ones and without repeats. */
    public static List<String> of(List<String> texts) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            String r = of(t);
            if (r != null && !r.isEmpty()) out.add(r);
        }
        return new ArrayList<>(out);
    }
}
