package readout.article;

import java.util.Set;

/** What a format parser hands on: the plain text (paragraphs separated by blank lines) and any metadata it carried. */
record Draft(String text, String title, String date, String url, String source, String dateline, String agency,
             Set<String> captions) {
    static Draft ofText(String text) {
        return new Draft(text, null, null, null, null, null, null, Set.of());
    }
}
