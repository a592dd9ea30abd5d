package readout.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The page's own articleBody (JSON-LD) as the article's paragraphs, when it is the story and not a teaser: then it
 * IS the text Readout records. Its paragraph breaks are its own newlines or, when it runs on without one, the
 * places where the page's paragraphs begin in it.
 */
final class ArticleBody {
    /** How far past the last match a paragraph of the page is looked for in the body (keeps alignment linear). */
    private static final int WINDOW = 4_000;
    private static final int KEY = 40;
    private static final Pattern MARKUP = Pattern.compile("(?i)<(p|br|div|h\\d|span|a|em|strong)\\b");

    private ArticleBody() {}

    /** The body's paragraphs, or null when the page's articleBody is missing, short, or much shorter than the page's text. */
    static List<String> paragraphs(String articleBody, List<Blocks.Block> dom, int minBody) {
        if (articleBody == null) return null;
        // Pages escape the field once or twice ("&amp;quot;"), and some put the body's HTML in it.
        String text = JsonLd.unescape(articleBody);
        List<String> own;
        if (MARKUP.matcher(text).find()) {
            Element fragment = Jsoup.parseBodyFragment(text).body();
            fragment.select("script, style, iframe, noscript, figure, img, video, audio").remove();
            own = new ArrayList<>();
            for (Blocks.Block b : Blocks.of(List.of(fragment))) if (!b.caption()) own.add(b.text());
        } else {
            own = text.indexOf('\n') >= 0 ? lines(text) : aligned(collapse(text), dom);
        }
        int length = 0;
        for (String p : own) length += p.length();
        if (length < minBody) return null;
        int domLength = 0;
        StringBuilder domText = new StringBuilder();
        for (Blocks.Block b : dom) {
            if (b.caption()) continue;
            domLength += b.text().length();
            domText.append(b.text()).append(' ');
        }
        String opening = own.get(0).substring(0, Math.min(KEY, own.get(0).length()));
        boolean pageHasIt = domText.indexOf(opening) >= 0;
        // a truncated body (a paywall's teaser) is shorter than the page's own text of the story
        if (pageHasIt && length < 0.6 * domLength) return null;
        return own;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = collapse(line);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Cuts a body without line breaks where the page's own paragraphs start in it, in order. */
    private static List<String> aligned(String body, List<Blocks.Block> dom) {
        List<Integer> cuts = new ArrayList<>();
        int cursor = 0;
        for (Blocks.Block b : dom) {
            String t = b.text();
            if (b.caption() || t.length() < KEY) continue;
            String key = t.substring(0, KEY);
            int end = Math.min(body.length(), cursor + WINDOW + t.length());
            int at = body.substring(cursor, end).indexOf(key);
            if (at < 0) continue;
            int pos = cursor + at;
            if (pos > 0 && (cuts.isEmpty() || cuts.get(cuts.size() - 1) < pos)) cuts.add(pos);
            cursor = pos + KEY;
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int c : cuts) {
            String p = body.substring(start, c).trim();
            if (!p.isEmpty()) out.add(p);
            start = c;
        }
        String last = body.substring(start).trim();
        if (!last.isEmpty()) out.add(last);
        return out;
    }

    private static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
