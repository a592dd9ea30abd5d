package readout.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for comparing names: "Díaz-Canel", "Diaz-Canel" and "DIAZ-CANEL" fold to the same key. */
public final class Fold {
    private Fold() {}

    public static String fold(String s) {
        if (isPlainAscii(s)) return s.toLowerCase(Locale.ROOT); // the common case, without a normalizer pass
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'đ', 'Đ' -> b.append('d');
                case '’', '‘', '`' -> b.append('\'');
                case '–', '—', '‐', '‑' -> b.append('-');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** ASCII letters and digits in words separated by single spaces: folding is just lower-casing. */
    private static boolean isSimpleKey(String s) {
        if (s.isEmpty()) return true;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) return false;
                space = true;
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                space = false;
            } else {
                return false;
            }
        }
        return !space;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`') return false;
        }
        return true;
    }

    /** Folded words of a phrase, split on anything that is not a letter or digit. */
    public static String key(String s) {
        if (isSimpleKey(s)) return s.toLowerCase(Locale.ROOT);
        String f = fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
