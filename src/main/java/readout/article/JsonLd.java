package readout.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article a page describes in its own schema.org metadata ({@code <script type="application/ld+json">}): the
 * first node typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting, ...), found in plain objects,
 * arrays, {@code @graph} lists and nested entities. Read with explicit limits; a malformed script is skipped.
 */
final class JsonLd {
    /** What the page says of its article; any field may be null. */
    record Meta(String headline, String body, String datePublished, String url) {
        static final Meta NONE = new Meta(null, null, null, null);
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "advertisercontentarticle",
            "satiricalarticle", "askpublicnewsarticle");
    private static final int MAX_NODES = 20_000;
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});");
    // Pages write JSON-LD by hand: raw newlines inside strings, trailing commas, comments. Limits as for JSON input.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(4_000_000)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .maxDocumentLength(4_000_000L)
                    .build())
            .build());

    private JsonLd() {}

    static Meta read(Document doc) {
        JsonNode best = null;
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data().trim());
            } catch (Exception e) {
                continue; // a broken script says nothing
            }
            JsonNode found = findArticle(root);
            if (found != null && (best == null || !has(best, "articleBody") && has(found, "articleBody"))) best = found;
        }
        if (best == null) return Meta.NONE;
        String url = str(best.get("url"));
        JsonNode page = best.get("mainEntityOfPage");
        if (url == null && page != null) url = page.isObject() ? str(page.get("@id")) : str(page);
        return new Meta(unescape(str(best.get("headline"))), str(best.get("articleBody")),
                str(best.has("datePublished") ? best.get("datePublished") : best.get("dateCreated")), url);
    }

    /** The first article node, breadth first; with an articleBody preferred when there are several. */
    private static JsonNode findArticle(JsonNode root) {
        if (root == null) return null;
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        JsonNode first = null;
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.poll();
            if (n.isObject()) {
                if (isArticle(n.get("@type"))) {
                    if (has(n, "articleBody")) return n;
                    if (first == null) first = n;
                }
                for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                    JsonNode c = it.next();
                    if (c.isContainerNode()) todo.add(c);
                }
            } else if (n.isArray()) {
                for (JsonNode c : n) if (c.isContainerNode()) todo.add(c);
            }
        }
        return first;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticle(t)) return true;
            return false;
        }
        if (!type.isTextual()) return false;
        String t = type.asText();
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(t.substring(slash + 1).toLowerCase(Locale.ROOT));
    }

    /** Pages escape their JSON-LD text as HTML, once or twice ("&amp;quot;"). */
    static String unescape(String s) {
        if (s == null) return null;
        for (int i = 0; i < 2 && ENTITY.matcher(s).find(); i++) s = Parser.unescapeEntities(s, false);
        return s;
    }

    private static boolean has(JsonNode n, String field) {
        String s = str(n.get(field));
        return s != null && !s.isBlank();
    }

    private static String str(JsonNode n) {
        if (n == null) return null;
        if (n.isArray() && !n.isEmpty()) return str(n.get(0));
        if (n.isTextual()) {
            String s = n.asText().trim();
            return s.isEmpty() ? null : s;
        }
        return null;
    }
}
