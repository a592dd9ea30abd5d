package readout.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page element is by its name: furniture (navigation, related lists, teasers, share bars, cookie and
 * subscription banners, comments, footers), the article's own container, or hidden from the reader. Names are the
 * words of the class, id and role ("PagePromo-media" is page, promo, media), as readability and trafilatura read them.
 */
final class Furniture {
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "submenu", "topnav", "footer",
            "header", "masthead", "related", "share", "sharing", "social", "comment", "comments", "sidebar", "rail",
            "breadcrumb", "breadcrumbs", "crumb", "prevnext", "pager", "pagination", "fav", "advert", "advertisement",
            "ad", "ads", "promo", "promos", "sponsor", "sponsored", "subscribe", "subscription", "newsletter", "cookie",
            "cookies", "consent", "gdpr", "banner", "tags", "toolbar", "widget", "widgets", "login", "signup", "signin",
            "popular", "trending", "outbrain", "taboola", "teaser", "teasers", "paywall", "modal", "popup", "skip",
            "more", "recirc", "recirculation", "newsletters", "complementary", "contentinfo", "dialog", "alertdialog");
    /** Run-together names the word split cannot see: "topbar", "mostread", "readmore". */
    private static final List<String> JOINED = List.of("navbar", "topnav", "topbar", "mostread", "mostpopular", "mostviewed",
            "readmore", "morestories", "morenews", "relatedlinks", "sidebar", "breadcrumb", "outbrain", "taboola", "cookie",
            "paywall", "subscribe", "recommend", "trending", "newsletter", "sharebar", "socialbar", "alsoread", "youmay");
    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "blog", "articlebody", "storybody");
    /** Class names that hide an element from the reader (frameworks' own: Bootstrap, WordPress, Tailwind). */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "invisible", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "is-hidden", "u-hidden", "offscreen");

    private Furniture() {}

    /** The words of an element's class, id and role, lower-cased; camelCase and dashes split. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        split(e.attr("class"), out);
        split(e.id(), out);
        split(e.attr("role"), out);
        return out;
    }

    private static void split(String name, List<String> out) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length() && i < 400; i++) {
            char c = name.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (boundary && w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) w.append(c);
        }
        if (w.length() > 0) out.add(w.toString().toLowerCase(Locale.ROOT));
    }

    /** Named as furniture: one of its words, or a run-together class name, says so. */
    static boolean named(Element e, List<String> words) {
        for (String w : words) if (WORDS.contains(w)) return true;
        String joined = (e.attr("class") + " " + e.id()).toLowerCase(Locale.ROOT);
        if (joined.isBlank()) return false;
        for (String j : JOINED) if (joined.contains(j)) return true;
        return false;
    }

    /** Named as the article's own container: "article-body", "story-content", {@code itemprop=articleBody}. */
    static boolean positive(Element e, List<String> words) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) return true;
        for (String w : words) if (POSITIVE.contains(w)) return true;
        return false;
    }

    /**
     * Hidden from the reader, or only sometimes shown: {@code aria-hidden} (decorative duplicates, some captions), a
     * hiding class (frameworks show some at other screen sizes: "hidden md:block"), or {@link #notShown}.
     */
    static boolean hidden(Element e) {
        if (notShown(e) || e.attr("aria-hidden").equalsIgnoreCase("true")) return true;
        String cls = e.attr("class");
        if (cls.isEmpty()) return false;
        for (String c : cls.toLowerCase(Locale.ROOT).split("\\s+")) if (HIDING_CLASSES.contains(c)) return true;
        return false;
    }

    /** Never shown on the page: the {@code hidden} attribute, an inline {@code display:none} or {@code visibility:hidden}. */
    static boolean notShown(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.nameIs("article")) return true;
        return false;
    }

    /** Tags that are never the article's text, wherever they sit. */
    static boolean furnitureTag(Element e) {
        return switch (e.normalName()) {
            case "nav", "footer", "aside", "dialog", "form" -> true; // a form wrapping the whole page (ASP.NET) holds its text: the guard keeps it
            case "header" -> !insideArticle(e);
            default -> false;
        };
    }
}
