package readout.text;

import java.util.Set;

/**
 * A word or punctuation mark with its place in the text. {@code key} is the folded form used for lookups.
 * {@code pos} and {@code lemma} are the statistical tagger's (readout.nlp.Tagger), or null where the token was
 * not tagged (made by {@link Tokenizer} alone, or past the tagger's per-article budget); the helpers below
 * then answer false and {@link #lemma()} falls back to the key.
 */
public record Token(String text, String key, int start, int end, boolean word, Pos pos, String lemma) {

    /** A negated auxiliary whose form without "n't" is not its present form ("can't", "won't", "shan't"). */
    private static final Set<String> PRESENT_NEGATED = Set.of("ca", "wo", "sha");

    /** An untagged token, as the tokenizer makes it. */
    public Token(String text, String key, int start, int end, boolean word) {
        this(text, key, start, end, word, null, null);
    }

    /** This token with a tag and a lemma (folded like the key); text and span unchanged. */
    public Token tagged(Pos tag, String lemma) {
        return new Token(text, key, start, end, word, tag, lemma);
    }

    public boolean isTagged() {
        return pos != null;
    }

    /** The dictionary form, folded like {@link #key()} ("said" -> "say", "talks" -> "talk"); the key when untagged. */
    @Override
    public String lemma() {
        return lemma != null ? lemma : key;
    }

    public boolean isProperNoun() {
        return pos == Pos.PROPN;
    }

    public boolean isNoun() {
        return pos == Pos.NOUN;
    }

    /** A main verb (UD VERB); auxiliaries and modals ("has", "would") are {@link #isAuxiliary()}. */
    public boolean isVerb() {
        return pos == Pos.VERB;
    }

    public boolean isAuxiliary() {
        return pos == Pos.AUX;
    }

    /** Personal, possessive, relative and demonstrative pronouns as UD tags them ("he", "his", "who"). */
    public boolean isPronoun() {
        return pos == Pos.PRON;
    }

    /**
     * A verb or auxiliary in a past form, simple past or participle ("said", "told", "was", "been", "didn't").
     * The UD model gives no tense, so this reads the form against its lemma: a past form that is the same as
     * the base ("put", "cut", "read") is not seen, and modals ("would", "could") count as their own lemma.
     */
    public boolean isPast() {
        if (pos != Pos.VERB && pos != Pos.AUX) return false;
        String form = key;
        if (form.endsWith("n't") && form.length() > 3) {
            form = form.substring(0, form.length() - 3);
            if (PRESENT_NEGATED.contains(form)) return false;
        }
        String base = lemma();
        if (base.equals("be")) return form.equals("was") || form.equals("were") || form.equals("been");
        // third person ("says", "has", "does") and -ing forms are present; every other form unlike its lemma is past
        return !form.equals(base) && !form.endsWith("ing") && !form.endsWith("s");
    }

    public boolean capitalized() {
        return word && (Character.isUpperCase(text.codePointAt(0)) || Character.isTitleCase(text.codePointAt(0)));
    }

    public boolean allCaps() {
        if (!word) return false;
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }

    public boolean is(String folded) {
        return key.equals(folded);
    }

    public boolean possessive() {
        return key.equals("'s") || key.equals("'");
    }

    public Span span() {
        return new Span(start, end);
    }
}
