package readout.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import readout.article.RejectedInputException.Reason;
import readout.text.Fold;
import readout.text.NormalizedText;

/** An article posted as JSON: {@code {"title", "text"|"body"|"content"|"html", "date", "url", "source"}}. */
final class JsonExtractor {
    // Explicit read limits: a hostile document cannot nest or inflate its way past them.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(8_000_000)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .maxDocumentLength(16_000_000L)
                    .build())
            .build());

    /** Publication-date fields as feeds and CMS exports name them (an update time is not a publication date). */
    static final String[] DATE_KEYS = {"datePublished", "publishedDate", "published_at", "publishedAt", "date_published",
            "publication_date", "publicationDate", "pubDate", "pub_date", "published", "date"};

    private JsonExtractor() {}

    static Draft extract(String json) throws RejectedInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new RejectedInputException(Reason.MALFORMED, "JSON exceeds a read limit: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RejectedInputException(Reason.MALFORMED, "malformed JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new RejectedInputException(Reason.MALFORMED, "JSON article must be an object with a \"text\", \"body\", \"content\" or \"html\" field");
        }
        String title = str(node, "title", "headline");
        String html = str(node, "html");
        String body = str(node, "text", "body", "content", "articleBody");
        Draft inner;
        if (body != null) {
            inner = Format.sniff(body) == Format.HTML ? HtmlExtractor.extract(body) : Draft.ofText(body);
        } else if (html != null) {
            inner = HtmlExtractor.extract(html);
        } else {
            throw new RejectedInputException(Reason.MALFORMED, "JSON article has no \"text\", \"body\", \"content\" or \"html\" string");
        }
        if (title == null) title = inner.title();
        String text = inner.text();
        // the headline is the text's first paragraph, as in the other formats, unless the body already opens with it
        if (title != null && !title.isBlank() && !opensWith(text, title)) text = NormalizedText.display(title) + "\n\n" + text;
        return new Draft(text, title, firstNonNull(str(node, DATE_KEYS), inner.date()),
                firstNonNull(str(node, "url", "link"), inner.url()), str(node, "source", "publisher"),
                str(node, "dateline"), str(node, "agency"), inner.captions());
    }

    /** Whether the text's first line is the title itself (a lead that starts with the same words is not). */
    private static boolean opensWith(String text, String title) {
        String t = text.stripLeading();
        int end = 0;
        while (end < t.length() && t.charAt(end) != '\n' && t.charAt(end) != '\r') end++;
        return Fold.key(t.substring(0, end)).equals(Fold.key(title));
    }

    private static String str(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
            if (v != null && v.isObject() && v.get("name") != null && v.get("name").isTextual()) return v.get("name").asText();
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
