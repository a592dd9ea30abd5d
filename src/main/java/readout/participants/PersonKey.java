package readout.participants;

import java.util.Arrays;
import java.util.List;
import readout.text.Fold;

/**
 * One key per person across articles: the canonical name folded — diacritics, case, hyphens and spaces — into
 * lower-case ASCII-ish words joined by '-': "Nguyễn Phú Trọng" and "Nguyen Phu Trong" are {@code nguyen-phu-trong},
 * "Díaz-Canel" and "Diaz Canel" are {@code diaz-canel}. A key is safe in a URL path and sorts by name, so
 * a prefix of it ({@code ngu}) lists people.
 */
public final class PersonKey {
    /** Keys longer than this are cut (a name is never this long; it bounds an item's key). */
    static final int MAX_LENGTH = 200;

    private PersonKey() {}

    /** The key of a name, or "" when it has no letter or digit. */
    public static String of(String name) {
        if (name == null) return "";
        String key = Fold.key(name).replace(' ', '-');
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }

    /** The words of a key. */
    static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split("-"));
    }

    /** A prefix as a client types it ("Ngu", "nguyễn p"), folded like a key. */
    public static String prefix(String typed) {
        String folded = Fold.key(typed == null ? "" : typed).replace(' ', '-');
        // "nguyen " typed with its space still asks for the word's end
        return typed != null && !folded.isEmpty() && typed.matches(".*[\\s\\-]$") ? folded + "-" : folded;
    }
}
