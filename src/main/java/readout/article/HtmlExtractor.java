package readout.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * The readable part of an HTML page: the headline and the article's paragraphs, without navigation,
 * "related news" lists, footers, forms, scripts or styles. Figure captions are kept apart as captions.
 */
final class HtmlExtractor {
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|topnav|menu|footer|header|related|share|sharing|social|comments?|sidebar|"
                    + "breadcrumbs?|crumb|prevnext|pager|pagination|fav|advert|ads?|promo|subscribe|newsletter|"
                    + "cookie|banner|tags|toolbar|widget|recommend\\w*|more-news|login|signup)($|[\\s_-])");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, div.caption, "
            + "span.caption, p.caption";
    private static final String INLINE = "a, span, b, strong, em, i, u, small, sup, sub, br, time, abbr, cite, q, mark, font, wbr";
    private static final Pattern PAGE_DATE = Pattern.compile("(?i)\\b(?:updated|published|posted)\\s*(?:on|at)?\\s*[:：]?\\s*(\\d{4}[-/]\\d{2}[-/]\\d{2})\\b");
    private static final Pattern SITE_PREFIX = Pattern.compile("^[^\\p{IsLatin}]{1,40}[:：|]\\s*");

    private HtmlExtractor() {}

    static Draft extract(String html) {
        // Bounded nesting keeps a page of 10,000 nested tags from costing more than a flat one.
        Parser parser = Parser.htmlParser().setTrackErrors(0);
        Document doc = Jsoup.parse(html, "", parser);
        // The page's own headline first: og:title and <title> often carry the site's name ("... | Example News").
        String title = firstNonBlank(text(doc.selectFirst("h1")), meta(doc, "og:title"), doc.title());
        if (title != null) title = SITE_PREFIX.matcher(title).replaceFirst("").trim();
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "dc.date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String siteName = meta(doc, "og:site_name");
        if (date == null) {
            // a page's own date line, wherever its template puts it: "Xinhua | Updated: 2023-05-17 20:41:00"
            java.util.regex.Matcher m = PAGE_DATE.matcher(doc.body() == null ? "" : doc.body().text());
            if (m.find()) date = m.group(1).replace('/', '-');
        }

        doc.select("script, style, noscript, template, svg, iframe, form, nav, footer, aside, button, select, "
                + "input, textarea, object, embed, canvas, header:not(article header)").remove();
        Element root = pickRoot(doc);
        // Page furniture outside the article (page date lines such as "Source: Xinhuanet 2020-07-17").
        String pageInfo = null;
        if (date == null) {
            Element info = doc.selectFirst(".info, .date, .time, .meta, .byline, .article-info, .publish-time");
            if (info != null && !root.equals(info) && !isInside(info, root)) pageInfo = info.text();
        }
        for (Element e : new Elements(root.getAllElements())) {
            if (e == root || e.parent() == null) continue;
            String cls = e.className() + " " + e.id();
            if (!cls.isBlank() && FURNITURE.matcher(cls).find() && !e.is("p") && !isCaption(e)) e.remove();
        }
        Set<String> captions = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) out.append(title).append("\n\n");
        if (pageInfo != null && !pageInfo.isBlank()) out.append(pageInfo.trim()).append("\n\n");
        List<Element> blocks = textBlocks(root);
        for (Element block : blocks) {
            String t = block.text().trim();
            if (t.isEmpty() || t.equals(title)) continue;
            if (block.is("li") && block.selectFirst("a") != null && t.equals(block.selectFirst("a").text().trim())) {
                continue; // a list of links is navigation, not prose
            }
            if (isCaption(block)) captions.add(t);
            out.append(t).append("\n\n");
        }
        if (out.length() == 0 || blocks.isEmpty()) {
            String t = root.wholeText().trim();
            if (!t.isEmpty()) out.append(t).append("\n\n");
        }
        return new Draft(out.toString().trim(), title, date, url, siteName, null, null, captions);
    }

    /**
     * The article's blocks of prose in document order: the innermost paragraphs, headings, list items, captions —
     * and a div or section holding text with nothing but inline markup, as many sites write their lead
     * ({@code <div class="sapo">Hanoi (VNA) – ...</div>}) or whole articles.
     */
    private static List<Element> textBlocks(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            if (e.is(BLOCKS)) {
                if (e.select(BLOCKS).size() > 1 && !e.is("li, td")) continue; // only innermost blocks (select includes itself)
                out.add(e);
            } else if (e.is("div, section") && onlyInline(e) && e.hasText() && e.parent() != null
                    && e.parent().closest(BLOCKS) == null) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean onlyInline(Element e) {
        for (Element c : e.children()) if (!c.is(INLINE)) return false;
        return true;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private static boolean isCaption(Element e) {
        return e.is("figcaption") || e.className().toLowerCase().contains("caption");
    }

    private static Element pickRoot(Document doc) {
        Element e = doc.selectFirst("[itemprop=articleBody]");
        if (e == null) e = doc.selectFirst("article");
        if (e == null) e = doc.selectFirst("main");
        if (e == null) {
            // The element holding the most paragraph text.
            Element best = null;
            int bestLen = 0;
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent == null) continue;
                int len = 0;
                for (Element c : parent.children()) if (c.is("p")) len += c.text().length();
                if (len > bestLen) {
                    bestLen = len;
                    best = parent;
                }
            }
            e = best;
        }
        return e != null ? e : doc.body() != null ? doc.body() : doc;
    }

    private static String meta(Document doc, String name) {
        // one pass over the head's meta elements (a CSS query per name would be parsed each time)
        for (Element e : doc.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name")) || name.equalsIgnoreCase(e.attr("itemprop"))) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String attr(Element e, String a) {
        return e == null ? null : e.attr(a);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x.trim();
        return null;
    }
}
