package readout.article;

import readout.text.Span;

/** A block of the article text and what it is: only BODY paragraphs are read for statements. */
public record Paragraph(int index, Span span, Kind kind) {
    public enum Kind { TITLE, META, CAPTION, BODY, DUPLICATE, BOILERPLATE }

    public Paragraph withSpan(Span s) {
        return new Paragraph(index, s, kind);
    }

    public Paragraph withKind(Kind k) {
        return new Paragraph(index, span, k);
    }
}
