package readout.text;

import java.text.Normalizer;

/**
 * The text the engine reads, made from the text as given, with a map from each of its offsets back to the text as
 * given, so spans are reported against the text a reader has. The reading form is:
 * <ul>
 *   <li>every line break ({@code \r\n}, a lone {@code \r}, {@code \u000B}, {@code \f}, U+0085, U+2028, U+2029) a {@code \n};
 *   <li>every other white space and control character (tab, NBSP and the other Unicode spaces, C0 and C1 controls) a space;
 *   <li>invisible format characters (soft hyphen, zero-width space, word joiner, byte-order mark, bidi controls) left out,
 *       and a lone surrogate U+FFFD;
 *   <li>Unicode NFC (agency copy sometimes arrives decomposed: "Trọng" as o + combining dot + combining hook), in
 *       Unicode's stream-safe form (UAX #15): a combining grapheme joiner U+034F after every 30 combining marks in a
 *       row, so a hostile run of marks costs linear time to normalize instead of quadratic.
 * </ul>
 * Zero-width joiners and non-joiners stay: they belong to emoji and to the words of some scripts.
 */
public final class NormalizedText {
    /** Unicode's stream-safe bound: at most this many non-starters follow one another before a CGJ is put in. */
    static final int MAX_NON_STARTERS = 30;
    private static final char CGJ = '\u034F';

    private final String original;
    private final String text;
    // For each character of text, the range of the original it was read from ([starts[i], ends[i])); null when
    // text and original are the same. Characters of one composed segment all map to the whole segment.
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static NormalizedText of(String original) {
        if (isReadingForm(original)) return new NormalizedText(original, original, null, null);
        return new Builder(original).build();
    }

    /**
     * A piece of the text as given in the form a record gives its text: the reading form with every run of white
     * space one space, trimmed. The text at a statement's, agreement's or mention's span, so written, is its text.
     */
    public static String display(CharSequence given) {
        return collapse(of(given.toString()).text());
    }

    /** Each run of white space one space, none at either end. */
    public static String collapse(String s) {
        StringBuilder b = null;
        boolean space = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\n' || Character.isWhitespace(c);
            if (b == null) {
                // copy only from the first place that needs it: most pieces are already collapsed
                boolean bad = white && (i == 0 || i == n - 1 || c != ' ' || s.charAt(i + 1) == ' ' || Character.isWhitespace(s.charAt(i + 1)));
                if (!bad) continue;
                b = new StringBuilder(n).append(s, 0, i);
                space = false;
            }
            if (white) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    public String text() {
        return text;
    }

    /** The text as given: for a .txt file the file's text; for other formats the visible text Readout took from it. */
    public String original() {
        return original;
    }

    public boolean changed() {
        return starts != null;
    }

    /** Where a span of {@link #text()} stands in the text as given: the whole of every original character it was read from. */
    public Span toOriginal(Span span) {
        if (starts == null) return span;
        int start = span.start() < text.length() ? starts[span.start()] : original.length();
        if (span.length() == 0) return new Span(start, start);
        return new Span(start, Math.max(start, ends[span.end() - 1]));
    }

    /** True when the text is already in the reading form (the common case: one scan, no copy). */
    private static boolean isReadingForm(String s) {
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x7F) {
                if (c < 0x20 && c != '\n') return false;
                marks = 0;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = s.codePointAt(i++);
                if (kind(cp) != Kind.TEXT) return false;
                marks = isNonStarter(cp) ? marks + 1 : 0;
            } else {
                if (c <= 0xA0 || Character.isSurrogate(c) || kind(c) != Kind.TEXT) return false;
                marks = isNonStarter(c) ? marks + 1 : 0;
            }
            if (marks > MAX_NON_STARTERS) return false;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /** The longest run of non-starters: above {@link #MAX_NON_STARTERS} the normalizer's own checks cost quadratic time. */
    private static int longestMarkRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            run = isNonStarter(cp) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private enum Kind { TEXT, LINE_BREAK, SPACE, INVISIBLE }

    private static Kind kind(int cp) {
        switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                return Kind.LINE_BREAK;
            case 0xAD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF:
                return Kind.INVISIBLE;
            default:
                if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) return Kind.INVISIBLE;
                int type = Character.getType(cp);
                if (type == Character.CONTROL || type == Character.SPACE_SEPARATOR) return Kind.SPACE;
                return Kind.TEXT;
        }
    }

    /** A code point that combines with what comes before it, so NFC may reorder or compose it with that. */
    private static boolean isNonStarter(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        // Hangul vowel and trailing jamo compose with the preceding leading jamo.
        return cp >= 0x1161 && cp <= 0x11C2;
    }

    /** One pass over the text as given: segments (a starter and the marks after it) are normalized one at a time. */
    private static final class Builder {
        private final String original;
        private final boolean nfc;
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;

        Builder(String original) {
            this.original = original;
            this.nfc = longestMarkRun(original) <= MAX_NON_STARTERS && Normalizer.isNormalized(original, Normalizer.Form.NFC);
            this.out = new StringBuilder(original.length());
            this.starts = new int[original.length() + 16];
            this.ends = new int[original.length() + 16];
        }

        NormalizedText build() {
            int n = original.length();
            int i = 0;
            while (i < n) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
                    append('\uFFFD', i, next); // a lone surrogate (from a JSON escape) is no character
                    i = next;
                    continue;
                }
                switch (kind(cp)) {
                    case LINE_BREAK -> {
                        if (cp == '\r' && next < n && original.charAt(next) == '\n') next++;
                        append('\n', i, next);
                        i = next;
                        continue;
                    }
                    case SPACE -> {
                        append(' ', i, next);
                        i = next;
                        continue;
                    }
                    case INVISIBLE -> {
                        i = next;
                        continue;
                    }
                    default -> { }
                }
                // A segment: this code point and the non-starters after it (at most MAX_NON_STARTERS of them).
                int end = next;
                int marks = isNonStarter(cp) ? 1 : 0;
                while (end < n && marks < MAX_NON_STARTERS) {
                    int m = original.codePointAt(end);
                    if (!isNonStarter(m)) break;
                    marks++;
                    end += Character.charCount(m);
                }
                segment(i, end);
                if (marks == MAX_NON_STARTERS && end < n && isNonStarter(original.codePointAt(end))) {
                    append(CGJ, end, end); // put in, not read from the original: an empty range
                }
                i = end;
            }
            starts[out.length()] = n;
            ends[out.length()] = n;
            String text = out.toString();
            if (text.equals(original)) return new NormalizedText(original, original, null, null);
            return new NormalizedText(original, text, starts, ends);
        }

        private void segment(int from, int to) {
            if (nfc || to - from == 1 && original.charAt(from) < 0x300) {
                for (int k = from; k < to; k++) append(original.charAt(k), k, k + 1);
                return;
            }
            // composed characters map to the whole segment they were made from
            String seg = Normalizer.normalize(original.substring(from, to), Normalizer.Form.NFC);
            for (int k = 0; k < seg.length(); k++) append(seg.charAt(k), from, to);
        }

        private void append(char c, int from, int to) {
            int at = out.length();
            if (at + 1 >= starts.length) {
                int size = Math.max(starts.length * 2, at + 16);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
            }
            starts[at] = from;
            ends[at] = to;
            out.append(c);
        }
    }
}
