package readout.article;

import java.util.List;
import readout.text.NormalizedText;
import readout.text.Span;

/**
 * A parsed article: its plain text (NFC, with a map back to the text as given), paragraphs by kind, and the
 * metadata found in it. Immutable.
 *
 * @param text        the article text in NFC; every span of the engine indexes into it
 * @param normalized  the same text with its map back to the pre-normalization text
 * @param dateline    the dateline place as printed ("HÀ NỘI", "BEIJING"), or null
 * @param publishedDate ISO date (yyyy-MM-dd) or null
 */
public record Article(
        String source,
        Format format,
        String text,
        NormalizedText normalized,
        String title,
        List<Paragraph> paragraphs,
        String dateline,
        Span datelineSpan,
        String publishedDate,
        String agency,
        String url) {

    public List<Paragraph> body() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).toList();
    }

    public List<String> captions() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.CAPTION).map(p -> p.span().of(text)).toList();
    }
}
