package readout.article;

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

    static Draft extract(String md) {
        String title = null;
        for (String line : md.split("\n", 50)) {
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
        return new Draft(t.trim(), title, null, null, null, null, null, java.util.Set.of());
    }
}
