package readout.text;

/**
 * Universal Dependencies part-of-speech tags (UPOS, universaldependencies.org/u/pos), the tag set of the
 * statistical tagger in {@code readout.nlp}. A word the tagger gave a joined tag ("AUX+PART" for "don't")
 * carries its first part.
 */
public enum Pos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The tag named {@code ud} ("PROPN", or the first part of "AUX+PART"); {@link #X} for a name outside the set. */
    public static Pos of(String ud) {
        int plus = ud.indexOf('+');
        String first = plus > 0 ? ud.substring(0, plus) : ud;
        for (Pos p : values()) if (p.name().equals(first)) return p;
        return X;
    }
}
