package readout.text;

/**
 * Quotation marks as the extractors read them. Some newspapers quote with single marks (‘This is a landmark,’
 * said the minister); where an article has no double quotation marks at all, its single ones are read as double,
 * in a copy of the same length, so every offset still points into the article.
 */
public final class Quotes {
    private Quotes() {}

    /** The text with ‘…’ quotations written “…”; the text itself when it has double marks or no ‘. */
    public static String singleAsDouble(String text) {
        if (text.indexOf('‘') < 0 || text.indexOf('“') >= 0 || text.indexOf('"') >= 0) return text;
        char[] c = text.toCharArray();
        boolean open = false;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '‘' && !open) {
                c[i] = '“';
                open = true;
            } else if (c[i] == '’' && open && !(i > 0 && Character.isLetter(c[i - 1]) && i + 1 < c.length && Character.isLetter(c[i + 1]))) {
                // a closing mark, not the apostrophe of "Britain’s" or "don’t"
                c[i] = '”';
                open = false;
            } else if (c[i] == '\n' && i + 1 < c.length && c[i + 1] == '\n') {
                open = false; // a quotation left open at a paragraph's end is the next paragraph's to close
            }
        }
        return new String(c);
    }
}
