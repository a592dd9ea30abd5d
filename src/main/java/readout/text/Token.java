package readout.text;

/** A word or punctuation mark with its place in the text. {@code key} is the folded form used for lookups. */
public record Token(String text, String key, int start, int end, boolean word) {

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
