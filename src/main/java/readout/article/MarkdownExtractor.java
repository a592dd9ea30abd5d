package readout.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown to its visible text, as a renderer would show it: headings, quotation blocks, list markers, rules,
 * emphasis, code marks, links, backslash escapes, entities and raw HTML lose their markup, not their words; scripts
 * and styles lose their text too; images become "Photo: alt" captions. Each line is read once, left to right, so
 * the work is linear whatever the input (a line of 2,000 {@code *} is a rule, not a recursion).
 */
final class MarkdownExtractor {
    /** YAML front matter: "---" on the first line, "key: value" lines, "---" (or "...") closing it. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\n((?:[^\\n]{0,2000}\\n){0,100}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]{0,40})\\s*:\\s*(.*?)\\s*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]{1,500}]:\\s*\\S.*$");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** Raw HTML whose text is never the article's. */
    private static final String[] DROPPED_ELEMENTS = {"script", "style", "noscript", "template", "iframe", "svg", "textarea"};
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "table", "tr", "section", "article", "figure", "figcaption", "hr", "pre");
    private static final int MAX_TAG = 1_000;
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private MarkdownExtractor() {}

    static Draft extract(String md) {
        // the visible text is Readout's own: one kind of line break
        md = md.replace("\r\n", "\n").replace('\r', '\n');
        // Front matter carries the page's metadata, not its text (Jekyll, Hugo, static-site exports)
        Map<String, String> front = new HashMap<>();
        Matcher fm = FRONT_MATTER.matcher(md);
        if (fm.find() && isYaml(fm.group(1))) {
            for (String line : fm.group(1).split("\n")) {
                Matcher f = FIELD.matcher(line);
                if (!f.matches() || f.group(2).isEmpty()) continue;
                String v = f.group(2).replaceAll("^[\"']|[\"']$", "").strip();
                if (!v.isEmpty()) front.putIfAbsent(f.group(1).toLowerCase(Locale.ROOT), v);
            }
            md = md.substring(fm.end());
            String heading = front.get("title");
            // the headline stays part of the text, as the other formats keep it
            if (heading != null && !md.contains(heading)) md = "# " + heading + "\n\n" + md;
        }
        String title = front.get("title");
        StringBuilder out = new StringBuilder(md.length());
        boolean fenced = false;
        int lineNo = 0;
        for (String line : withoutHtml(md).split("\n", -1)) {
            lineNo++;
            if (isFence(line)) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            if (fenced) {
                out.append(line).append('\n'); // code as written
                continue;
            }
            if (isRule(line, '-') || isRule(line, '*') || isRule(line, '_') || isRule(line, '=')) {
                out.append('\n'); // a thematic break or a heading's underline: a paragraph break
                continue;
            }
            String l = withoutContainerMarkers(line);
            if (REFERENCE_DEFINITION.matcher(l).matches()) {
                out.append('\n');
                continue;
            }
            int level = headingLevel(l);
            if (level > 0) l = headingText(l, level);
            if (l.endsWith("\\")) l = l.substring(0, l.length() - 1); // a hard line break
            String visible = inline(l);
            if (level > 0) {
                // a heading is a paragraph of its own; the first top-level one near the start is the title
                if (title == null && level == 1 && lineNo <= 50 && !visible.isBlank()) title = visible.strip();
                out.append('\n').append(visible).append("\n\n");
            } else {
                out.append(visible).append('\n');
            }
        }
        String date = null;
        for (String k : JsonExtractor.DATE_KEYS) {
            date = front.get(k.toLowerCase(Locale.ROOT));
            if (date != null) break;
        }
        String url = first(front, "url", "link", "canonical_url", "canonicalurl", "permalink", "source_url");
        // paragraphs one blank line apart, as the other formats write them
        String text = BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        return new Draft(text, title, date, url, first(front, "source", "publisher", "site"), front.get("dateline"),
                first(front, "agency", "credit"), java.util.Set.of());
    }

    /** Quotation-block markers ({@code >}, nested) and list-item markers ({@code -}, {@code *}, {@code +}), at a line's start. */
    private static String withoutContainerMarkers(String line) {
        int i = 0;
        int n = line.length();
        while (true) {
            int j = i;
            int indent = 0;
            while (j < n && line.charAt(j) == ' ' && indent < 3) {
                j++;
                indent++;
            }
            if (j < n && line.charAt(j) == '>') {
                i = j + 1;
                if (i < n && line.charAt(i) == ' ') i++;
                continue;
            }
            if (j + 1 < n && (line.charAt(j) == '-' || line.charAt(j) == '*' || line.charAt(j) == '+')
                    && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
                i = j + 2;
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
                continue;
            }
            return line.substring(i);
        }
    }

    /** Three or more of {@code c} and nothing but spaces (a rule, or with {@code =} a heading's underline). */
    private static boolean isRule(String line, char c) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == c) count++;
            else if (x != ' ' && x != '\t') return false;
        }
        return count >= 3;
    }

    private static boolean isFence(String line) {
        String t = line.stripLeading();
        return line.length() - t.length() <= 3 && (t.startsWith("```") || t.startsWith("~~~"));
    }

    private static int headingLevel(String l) {
        int i = 0;
        while (i < l.length() && i < 3 && l.charAt(i) == ' ') i++;
        int level = 0;
        while (i + level < l.length() && l.charAt(i + level) == '#') level++;
        if (level == 0 || level > 6) return 0;
        int after = i + level;
        return after == l.length() || l.charAt(after) == ' ' || l.charAt(after) == '\t' ? level : 0;
    }

    /** The words of an ATX heading: without its opening and closing {@code #} marks. */
    private static String headingText(String l, int level) {
        String t = l.strip().substring(level).strip();
        int e = t.length();
        while (e > 0 && t.charAt(e - 1) == '#') e--;
        if (e == 0 || e < t.length() && t.charAt(e - 1) == ' ') t = t.substring(0, e).strip();
        return t;
    }

    /**
     * One line's inline markup read away: backslash escapes keep their character, emphasis and code marks go (an
     * underscore inside a word stays), links keep their text, images become a caption paragraph, entities are decoded.
     */
    static String inline(String l) {
        int n = l.length();
        if (n == 0) return l;
        // where the next ']' and ')' stand, so each '[' finds its link in constant time
        int[] nextClose = new int[n + 1];
        int[] nextParen = new int[n + 1];
        nextClose[n] = -1;
        nextParen[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextClose[i] = l.charAt(i) == ']' ? i : nextClose[i + 1];
            nextParen[i] = l.charAt(i) == ')' ? i : nextParen[i + 1];
        }
        StringBuilder b = new StringBuilder(n);
        int linkClose = -1; // the ']' of the link being read, then its destination is skipped
        int linkEnd = -1;
        int i = 0;
        while (i < n) {
            char c = l.charAt(i);
            if (linkClose >= 0 && i >= linkClose) {
                i = Math.max(i, linkEnd + 1);
                linkClose = -1;
                continue;
            }
            switch (c) {
                case '\\' -> {
                    if (i + 1 < n && isAsciiPunctuation(l.charAt(i + 1))) {
                        b.append(l.charAt(i + 1));
                        i += 2;
                    } else {
                        b.append(c);
                        i++;
                    }
                }
                case '!', '[' -> {
                    boolean image = c == '!';
                    int open = image ? i + 1 : i;
                    int close = open < n && l.charAt(open) == '[' ? nextClose[open + 1 <= n ? open + 1 : n] : -1;
                    int end = close >= 0 ? destinationEnd(l, close, nextClose, nextParen) : -1;
                    if (end < 0 || linkClose >= 0 && !image) {
                        b.append(c);
                        i++;
                    } else if (image) {
                        b.append("\n\nPhoto: ").append(altText(l.substring(open + 1, close))).append("\n\n");
                        i = end + 1;
                    } else {
                        linkClose = close;
                        linkEnd = end;
                        i++;
                    }
                }
                case '`' -> i++;
                case '*', '_', '~' -> {
                    int r = i;
                    while (r < n && l.charAt(r) == c) r++;
                    char before = i > 0 ? l.charAt(i - 1) : ' ';
                    char after = r < n ? l.charAt(r) : ' ';
                    boolean flanking = !Character.isWhitespace(before) || !Character.isWhitespace(after);
                    boolean intraword = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
                    boolean markup = c == '*' ? flanking : c == '_' ? flanking && !intraword : r - i >= 2 && flanking;
                    if (!markup) b.append(l, i, r);
                    i = r;
                }
                case '&' -> {
                    Matcher m = ENTITY.matcher(l).region(i, Math.min(n, i + 40));
                    if (m.lookingAt()) {
                        b.append(Parser.unescapeEntities(m.group(), false));
                        i = m.end();
                    } else {
                        b.append(c);
                        i++;
                    }
                }
                default -> {
                    b.append(c);
                    i++;
                }
            }
        }
        return b.toString();
    }

    /** An image's alt text without emphasis and code marks (read flat: an alt holding images is no reason to recurse). */
    private static String altText(String alt) {
        StringBuilder b = new StringBuilder(alt.length());
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c != '*' && c != '_' && c != '`' && c != '[' && c != ']' && c != '!') b.append(c);
        }
        return b.toString().strip();
    }

    /** The end of a link's destination after its text's ']': "(url)" or a reference "[ref]"; -1 when there is none. */
    private static int destinationEnd(String l, int close, int[] nextClose, int[] nextParen) {
        int n = l.length();
        if (close + 1 >= n) return -1;
        char c = l.charAt(close + 1);
        if (c == '(') return close + 2 <= n ? nextParen[close + 2] : -1;
        if (c == '[') return close + 2 <= n ? nextClose[close + 2] : -1;
        return -1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /**
     * Raw HTML read away, in one pass: comments and the elements in {@link #DROPPED_ELEMENTS} with their text (an
     * unclosed one runs to the end, as in a browser), other tags without their text lost; block tags break the line.
     */
    static String withoutHtml(String md) {
        if (md.indexOf('<') < 0) return md;
        StringBuilder b = new StringBuilder(md.length());
        int n = md.length();
        int i = 0;
        while (i < n) {
            char c = md.charAt(i);
            if (c != '<') {
                b.append(c);
                i++;
                continue;
            }
            if (md.startsWith("<!--", i)) {
                int end = md.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String dropped = droppedElementAt(md, i);
            if (dropped != null) {
                int end = indexOfIgnoreCase(md, "</" + dropped, i + 1 + dropped.length());
                if (end < 0) break;
                int gt = md.indexOf('>', end);
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            int tagEnd = tagEnd(md, i);
            if (tagEnd < 0) {
                b.append(c);
                i++;
                continue;
            }
            String name = tagName(md, i);
            if (name.equals("br")) b.append('\n');
            else if (BLOCK_TAGS.contains(name)) b.append("\n\n");
            i = tagEnd + 1;
        }
        return b.toString();
    }

    private static String droppedElementAt(String s, int i) {
        for (String name : DROPPED_ELEMENTS) {
            int after = i + 1 + name.length();
            if (s.regionMatches(true, i + 1, name, 0, name.length())
                    && (after >= s.length() || s.charAt(after) == '>' || s.charAt(after) == '/' || Character.isWhitespace(s.charAt(after)))) {
                return name;
            }
        }
        return null;
    }

    /** Where the tag opening at {@code i} closes ('>'), or -1 when this '<' opens no tag (within {@link #MAX_TAG} characters). */
    private static int tagEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') j++;
        if (j >= s.length() || !isAsciiLetter(s.charAt(j))) return -1;
        while (j < s.length() && (isAsciiLetter(s.charAt(j)) || Character.isDigit(s.charAt(j)) || s.charAt(j) == '-')) j++;
        if (j < s.length() && !(s.charAt(j) == '>' || s.charAt(j) == '/' || Character.isWhitespace(s.charAt(j)))) return -1;
        for (int k = j, limit = Math.min(s.length(), i + MAX_TAG); k < limit; k++) {
            char c = s.charAt(k);
            if (c == '>') return k;
            if (c == '<' || c == '\n' && k + 1 < limit && s.charAt(k + 1) == '\n') return -1;
        }
        return -1;
    }

    private static String tagName(String s, int i) {
        int j = i + 1;
        if (s.charAt(j) == '/') j++;
        int start = j;
        while (j < s.length() && (isAsciiLetter(s.charAt(j)) || Character.isDigit(s.charAt(j)))) j++;
        return s.substring(start, j).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    /** Only "key: value" lines, list items and indented continuations: a rule-delimited first section of prose is no front matter. */
    private static boolean isYaml(String block) {
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ") || line.startsWith("#")) continue;
            if (!FIELD.matcher(line).matches()) return false;
        }
        return true;
    }

    private static String first(Map<String, String> m, String... keys) {
        for (String k : keys) if (m.get(k) != null) return m.get(k);
        return null;
    }
}
