package readout.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown to plain paragraphs: headings, emphasis, links and images lose their markup, not their words. */
final class MarkdownExtractor {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,500})]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})]\\([^)\\n]{0,2000}\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^\\s{0,3}>\\s?");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s{0,3}[-*+]\\s+");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}([-*_]\\s*){3,}$");

    private MarkdownExtractor() {}

    /** YAML front matter: "---" on the first line, "key: value" lines, "---" (or "...") closing it. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n((?:[^\\n]{0,2000}\\n){0,100}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]{0,40})\\s*:\\s*(.*?)\\s*$");

    static Draft extract(String md) {
        // Front matter carries the page's metadata, not its text (Jekyll, Hugo, static-site exports)
        Map<String, String> front = new HashMap<>();
        Matcher fm = FRONT_MATTER.matcher(md);
        if (fm.find() && isYaml(fm.group(1))) {
            for (String line : fm.group(1).split("\\r?\\n")) {
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
        for (String line : md.split("\n", 50)) {
            if (title != null) break;
            if (line.startsWith("# ")) {
                title = line.substring(2).trim();
                break;
            }
        }
        String t = RULE.matcher(md).replaceAll("");
        // Captions are images' alt text, kept as their own paragraph.
        t = IMAGE.matcher(t).replaceAll("\n\nPhoto: $1\n\n");
        t = LINK.matcher(t).replaceAll("$1");
        t = HEADING.matcher(t).replaceAll("\n");
        t = QUOTE_MARK.matcher(t).replaceAll("");
        t = BULLET.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("");
        String date = null;
        for (String k : JsonExtractor.DATE_KEYS) {
            date = front.get(k.toLowerCase(Locale.ROOT));
            if (date != null) break;
        }
        String url = first(front, "url", "link", "canonical_url", "canonicalurl", "permalink", "source_url");
        return new Draft(t.trim(), title, date, url, first(front, "source", "publisher", "site"), front.get("dateline"),
                first(front, "agency", "credit"), java.util.Set.of());
    }

    /** Only "key: value" lines, list items and indented continuations: a rule-delimited first section of prose is no front matter. */
    private static boolean isYaml(String block) {
        for (String line : block.split("\\r?\\n")) {
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
