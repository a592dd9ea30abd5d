package readout.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The readable part of an HTML page: the headline and the article's paragraphs, without navigation, teasers,
 * "related news" lists, banners, comments, footers, forms, scripts or hidden parts. The page's own metadata comes
 * first (JSON-LD, then meta tags); the body is the page's own articleBody when it gives a substantial one, else the
 * densest block of prose (see {@link BodyFinder}). Figure captions are kept apart as captions.
 */
final class HtmlExtractor {
    private static final Pattern PAGE_DATE = Pattern.compile("(?i)\\b(?:updated|published|posted)\\s*(?:on|at)?\\s*[:：]?\\s*(\\d{4}[-/]\\d{2}[-/]\\d{2})\\b");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]|$)");
    private static final Pattern SITE_PREFIX = Pattern.compile("^[^\\p{IsLatin}]{1,40}[:：|]\\s*");
    private static final String[] DATE_METAS = {"article:published_time", "og:article:published_time", "date", "pubdate",
            "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "datePublished",
            "sailthru.date", "parsely-pub-date", "article.published", "og:published_time"};
    private static final String REMOVED = "script, style, noscript, template, svg, iframe, button, select, input, "
            + "textarea, object, embed, canvas";
    /** An articleBody shorter than this is a teaser, not the story. */
    private static final int MIN_BODY = 200;

    private HtmlExtractor() {}

    static Draft extract(String html) {
        // Bounded nesting keeps a page of 10,000 nested tags from costing more than a flat one.
        Parser parser = Parser.htmlParser().setTrackErrors(0);
        Document doc = Jsoup.parse(html, "", parser);
        JsonLd.Meta ld = JsonLd.read(doc); // before the scripts go
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"), ld.url());
        String siteName = meta(doc, "og:site_name");
        String date = firstDate(ld.datePublished(), metaDate(doc));
        String firstH1 = text(doc.selectFirst("h1"));
        Element time = date == null ? articleTime(doc) : null;
        String dateLine = null;
        if (date == null && time == null && doc.body() != null) {
            // a page's own date line, wherever its template puts it (even in furniture, which goes next):
            // "Xinhua | Updated: 2023-05-17 20:41:00"
            Matcher m = PAGE_DATE.matcher(doc.body().text());
            if (m.find()) dateLine = m.group(1).replace('/', '-');
        }

        doc.select(REMOVED).remove();
        Element body = doc.body() != null ? doc.body() : doc;
        BodyFinder.dropFurniture(body, PageFigures.measure(body));
        PageFigures figures = PageFigures.measure(body);
        List<Element> content = BodyFinder.find(body, figures);

        String headline = firstNonBlank(h1Inside(content), ld.headline(), firstH1, meta(doc, "og:title"), doc.title());
        String title = headline == null ? null : SITE_PREFIX.matcher(headline).replaceFirst("").trim();
        if (date == null && time != null) date = firstDate(time.attr("datetime"));
        if (date == null) date = dateLine;
        // Page furniture outside the article (page date lines such as "Source: Xinhuanet 2020-07-17").
        String pageInfo = null;
        if (date == null) {
            Element info = doc.selectFirst(".info, .date, .time, .meta, .byline, .article-info, .publish-time");
            if (info != null && !inside(info, content) && !content.contains(info)) pageInfo = info.text();
        }

        BodyFinder.clean(content, figures);
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Blocks.Block b : Blocks.of(content)) {
            // the headline is the title, given once; links alone are navigation or teasers, not prose
            if (b.text().equals(title) || b.text().equals(headline) || b.allLink()) continue;
            blocks.add(b);
        }
        Set<String> captions = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) out.append(title).append("\n\n");
        if (pageInfo != null && !pageInfo.isBlank()) out.append(pageInfo.trim()).append("\n\n");
        List<String> own = ArticleBody.paragraphs(ld.body(), blocks, MIN_BODY);
        if (own != null) {
            for (String p : own) if (!p.equals(title)) out.append(p).append("\n\n");
        } else {
            for (Blocks.Block b : blocks) {
                if (b.caption()) captions.add(b.text());
                out.append(b.text()).append("\n\n");
            }
        }
        if (own == null && blocks.isEmpty()) {
            for (Element c : content) {
                String t = c.wholeText().trim();
                if (!t.isEmpty()) out.append(t).append("\n\n");
            }
        }
        return new Draft(out.toString().trim(), title, date, url, siteName, null, null, captions);
    }

    private static String metaDate(Document doc) {
        for (String name : DATE_METAS) {
            String v = firstDate(meta(doc, name));
            if (v != null) return v;
        }
        Element e = doc.selectFirst("[itemprop=datePublished]");
        return e == null ? null : firstDate(e.attr("datetime"), e.attr("content"));
    }

    /**
     * The first value that reads as a date, as yyyy-MM-dd. An ISO timestamp's own calendar day is the page's
     * ("2019-11-20T07:29:39+0000" is the 20th whatever the offset's spelling).
     */
    private static String firstDate(String... values) {
        for (String v : values) {
            if (v == null || v.isBlank()) continue;
            Matcher iso = ISO_DAY.matcher(v.trim());
            String d = iso.lookingAt() ? Dates.normalize(iso.group(1)) : Dates.normalize(v);
            if (d != null) return d;
        }
        return null;
    }

    /** The first {@code <time datetime>} not inside a teaser, related list or other furniture. */
    private static Element articleTime(Document doc) {
        int seen = 0;
        for (Element t : doc.getElementsByTag("time")) {
            if (seen++ > 50) break;
            if (t.attr("datetime").isBlank()) continue;
            boolean furniture = false;
            for (Element p = t.parent(); p != null && !furniture; p = p.parent()) {
                furniture = Furniture.named(p, Furniture.words(p)) && !Furniture.positive(p, Furniture.words(p))
                        && !p.nameIs("header");
            }
            if (!furniture) return t;
        }
        return null;
    }

    private static String h1Inside(List<Element> content) {
        for (Element c : content) {
            Element h = c.nameIs("h1") ? c : c.selectFirst("h1");
            if (h != null && !h.text().isBlank()) return h.text();
        }
        return null;
    }

    private static boolean inside(Element e, List<Element> content) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            for (Element c : content) if (p == c) return true;
        }
        return false;
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
