package readout.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and punctuation with offsets. Keeps hyphenated names ("Díaz-Canel", "Jong-un"), dotted abbreviations
 * ("U.S.") and ages ("13-year-old") whole; splits the possessive "’s" off its noun.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text, Span span) {
        List<Token> out = new ArrayList<>();
        int i = span.start();
        int end = span.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                // a character outside the Basic Multilingual Plane is never cut in halves: a run of such letters is a
                // word ("𝔈𝔲𝔯𝔬"), any other such character (an emoji) a token of its own
                boolean letters = Character.isLetterOrDigit(text.codePointAt(i));
                int j = i + 2;
                while (letters && j + 1 < end && Character.isHighSurrogate(text.charAt(j)) && Character.isLetterOrDigit(text.codePointAt(j))) {
                    j += 2;
                }
                out.add(token(text, i, j, letters));
                i = j;
                continue;
            }
            if (!isWordChar(c)) {
                out.add(token(text, i, i + 1, false));
                i++;
                continue;
            }
            int j = i;
            // Dotted abbreviation: U.S. / U.K. / a.m.
            if (Character.isLetter(c) && j + 3 < end + 1 && j + 1 < end && text.charAt(j + 1) == '.'
                    && j + 2 < end && Character.isLetter(text.charAt(j + 2))
                    && (j + 3 >= end || text.charAt(j + 3) == '.' || !isWordChar(text.charAt(j + 3)))) {
                int k = j;
                while (k + 1 < end && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') k += 2;
                if (k - j >= 4) {
                    out.add(token(text, j, k, true));
                    i = k;
                    continue;
                }
            }
            while (j < end) {
                char d = text.charAt(j);
                if (isWordChar(d)) {
                    j++;
                } else if ((d == '\u200D' || d == '\u200C') && j + 1 < end && isWordChar(text.charAt(j + 1))) {
                    j++; // a zero-width (non-)joiner inside a word is part of it
                } else if ((d == '-' || d == '‐' || d == '‑') && j + 1 < end && isWordChar(text.charAt(j + 1)) && j > i) {
                    j++;
                } else if ((d == '\'' || d == '’') && j + 1 < end && Character.isLetter(text.charAt(j + 1)) && j > i
                        && !isPossessive(text, j, end)) {
                    j++;
                } else {
                    break;
                }
            }
            out.add(token(text, i, j, true));
            if (j < end && (text.charAt(j) == '\'' || text.charAt(j) == '’') && isPossessive(text, j, end)) {
                out.add(token(text, j, j + 2, true));
                j += 2;
            }
            i = j;
        }
        return out;
    }

    private static boolean isPossessive(String text, int j, int end) {
        return j + 1 < end && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 >= end || !Character.isLetterOrDigit(text.charAt(j + 2)));
    }

    private static boolean isWordChar(char c) {
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static Token token(String text, int s, int e, boolean word) {
        String t = text.substring(s, e);
        return new Token(t, Fold.fold(t), s, e, word);
    }
}
