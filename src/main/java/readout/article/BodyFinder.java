package readout.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's body on a page as Mozilla's readability does: every paragraph scores its parent (fully) and
 * its ancestors (less, the further up), by length and commas; a container's score is cut by its link density and
 * raised or lowered by its name; the best container wins, with the siblings that score near it. The winner is then
 * cleaned of what sits inside it but is not prose: named furniture, link lists, teaser blocks. Linear in the page.
 */
final class BodyFinder {
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span", "font", "center");
    private static final Set<String> CLEANED_TAGS = Set.of("div", "section", "ul", "ol", "table", "dl", "figure");

    private static final class Candidate {
        final Element element;
        double score;

        Candidate(Element element, double score) {
            this.element = element;
            this.score = score;
        }
    }

    private final Element body;
    private final PageFigures figures;
    private final Map<Element, Candidate> byElement = new IdentityHashMap<>();
    private final List<Candidate> candidates = new ArrayList<>(); // document order keeps ties deterministic

    private BodyFinder(Element body, PageFigures figures) {
        this.body = body;
        this.figures = figures;
    }

    /** The elements holding the article, in document order; the page's body when nothing scores. */
    static List<Element> find(Element body, PageFigures figures) {
        return new BodyFinder(body, figures).find();
    }

    private List<Element> find() {
        for (Element e : body.getAllElements()) {
            PageFigures.Figures f = figures.of(e);
            if (f.ownText - f.ownLink < MIN_PARAGRAPH) continue;
            // A paragraph scores its parent; text loose in a container among blocks (readability wraps it in a <p>)
            // scores the container itself. Lines broken by <br> count as the paragraphs they are.
            Element a;
            if (isParagraph(e, f)) a = e.parent();
            else if (f.blockChild || e == body) a = e;
            else continue;
            int paragraphs = 1 + (e.nameIs("p") ? 0 : f.ownBreaks / 2);
            double score = paragraphs + f.ownCommas + Math.min(f.ownText / 100, 3 * paragraphs);
            for (int level = 0; level < ANCESTOR_LEVELS && a != null; level++, a = a.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                candidate(a).score += score / divider;
                if (a == body) break;
            }
        }
        if (candidates.isEmpty()) return List.of(body);
        Candidate top = null;
        for (Candidate c : candidates) {
            // a name scales what the container holds rather than adding to it: a wrapper named "content" holding one
            // heading must not outscore the story's own paragraphs
            c.score *= (1 - figures.of(c.element).linkDensity()) * (1 + weight(c.element) / 50.0);
            if (top == null || c.score > top.score) top = c;
        }
        Element best = commonAncestorOfRivals(top);
        best = enclosingArticle(climb(best));
        return withSiblings(best);
    }

    private static boolean isParagraph(Element e, PageFigures.Figures f) {
        String tag = e.normalName();
        if (PROSE_TAGS.contains(tag)) return !f.blockChild || tag.equals("p");
        return CONTAINER_TAGS.contains(tag) && !f.blockChild;
    }

    private Candidate candidate(Element e) {
        Candidate c = byElement.get(e);
        if (c == null) {
            c = new Candidate(e, tagScore(e));
            byElement.put(e, c);
            candidates.add(c);
        }
        return c;
    }

    private double score(Element e) {
        Candidate c = byElement.get(e);
        return c == null ? 0 : c.score;
    }

    private static double tagScore(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /** A container's name: +25 for the article's own ("story-body"), -25 for furniture ("related-links"). */
    static int weight(Element e) {
        List<String> words = Furniture.words(e);
        int w = 0;
        if (Furniture.positive(e, words)) w += 25;
        if (Furniture.named(e, words)) w -= 25;
        return w;
    }

    /** When three of the five best rivals share an ancestor with the winner, the body is split: take the ancestor. */
    private Element commonAncestorOfRivals(Candidate top) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        List<Set<Element>> rivals = new ArrayList<>();
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            Candidate c = ranked.get(i);
            if (c == top || top.score <= 0 || c.score / top.score < 0.75) continue;
            Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element p = c.element.parent(); p != null && p != body.parent(); p = p.parent()) ancestors.add(p);
            rivals.add(ancestors);
        }
        if (rivals.size() < 3) return top.element;
        for (Element p = top.element.parent(); p != null && p != body; p = p.parent()) {
            int sharing = 0;
            for (Set<Element> r : rivals) if (r.contains(p)) sharing++;
            if (sharing >= 3) return p;
        }
        return top.element;
    }

    /** Up while the parent scores higher (the body continues there), and past wrappers with a single child. */
    private Element climb(Element best) {
        double last = score(best);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && p != body && p != body.parent(); p = p.parent()) {
            if (!byElement.containsKey(p)) continue;
            double s = score(p);
            if (s < threshold) break;
            if (s > last) {
                best = p;
                break;
            }
            last = s;
        }
        while (best != body && best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /**
     * The {@code <article>} the body sits in, when the body is most of it: its header (headline, date line, byline)
     * belongs to the story too.
     */
    private Element enclosingArticle(Element best) {
        PageFigures.Figures inner = figures.of(best);
        for (Element p = best; p != null && p != body; p = p.parent()) {
            if (!p.nameIs("article")) continue;
            PageFigures.Figures outer = figures.of(p);
            return p != best && inner.text - inner.link >= 0.6 * (outer.text - outer.link) ? p : best;
        }
        return best;
    }

    /** The winner and its siblings that score near it, or are plain prose paragraphs themselves. */
    private List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null || best == body) return List.of(best);
        double top = score(best);
        double threshold = Math.max(10, top * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == best) {
                out.add(s);
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(s.className()) ? top * 0.2 : 0;
            if (byElement.containsKey(s) && score(s) + bonus >= threshold) {
                out.add(s);
            } else if (s.nameIs("p")) {
                PageFigures.Figures f = figures.of(s);
                double ld = f.linkDensity();
                String t = f.text <= 80 ? s.text() : "";
                if (f.text > 80 && ld < 0.25 || f.text > 0 && f.text <= 80 && ld == 0 && t.matches("(?s).*[.!?。]\\s*$")) out.add(s);
            }
        }
        return out;
    }

    /**
     * Removes the page's furniture before scoring, as readability drops its unlikely candidates: hidden parts,
     * navigation, footers, asides, and what is named as furniture unless it is also named as the article's own
     * container. Never an element holding half of the page's prose: a wrapper named "content-with-sidebar" stays.
     */
    static void dropFurniture(Element body, PageFigures figures) {
        PageFigures.Figures all = figures.of(body);
        int total = all.text - all.link;
        Deque<Element> todo = new ArrayDeque<>();
        for (int i = body.childrenSize() - 1; i >= 0; i--) todo.push(body.child(i));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            PageFigures.Figures f = figures.of(e);
            boolean holdsThePage = total > 0 && 2 * (f.text - f.link) >= total;
            if (Furniture.notShown(e)) {
                drop(e); // what the page does not show is never the article, however much of the page it holds
                continue;
            }
            if (!holdsThePage && !isCaption(e)) {
                List<String> words = Furniture.words(e);
                if (Furniture.hidden(e) || Furniture.furnitureTag(e)
                        || !e.nameIs("p") && Furniture.named(e, words) && !Furniture.positive(e, words)) {
                    drop(e);
                    continue;
                }
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) todo.push(e.child(i));
        }
    }

    /**
     * Removes what sits inside the body but is not its prose: named furniture, link lists, blocks of teasers; never
     * an element holding half of the body's text.
     */
    static void clean(List<Element> content, PageFigures figures) {
        int total = 0;
        for (Element c : content) total += figures.of(c).text - figures.of(c).link;
        Deque<Element> todo = new ArrayDeque<>();
        for (Element c : content) for (int i = c.childrenSize() - 1; i >= 0; i--) todo.push(c.child(i));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            PageFigures.Figures f = figures.of(e);
            boolean holdsTheBody = 2 * (f.text - f.link) >= total && total > 0;
            if (!holdsTheBody && !isCaption(e) && !e.nameIs("p") && isFurniture(e, f)) {
                drop(e);
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) todo.push(e.child(i));
        }
    }

    private static boolean isFurniture(Element e, PageFigures.Figures f) {
        List<String> words = Furniture.words(e);
        if (Furniture.named(e, words) || Furniture.hidden(e) || Furniture.furnitureTag(e)) return true;
        if (!CLEANED_TAGS.contains(e.normalName()) || f.text == 0) return false;
        double ld = f.linkDensity();
        boolean list = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
        if (list) return ld > 0.5;
        if (f.commas >= 10) return false;
        // a block of links, or a list of teasers (more items than paragraphs, half of it links)
        return ld > 0.5 || f.listItems > f.paragraphs && ld > 0.2;
    }

    /** Removes an element but not the break it made: the text on either side must not run together. */
    private static void drop(Element e) {
        if (e.parent() == null) return;
        if (PageFigures.BLOCK_TAGS.contains(e.normalName())) e.replaceWith(new Element("div"));
        else e.replaceWith(new TextNode(" "));
    }

    static boolean isCaption(Element e) {
        return e.nameIs("figcaption") || e.className().toLowerCase(java.util.Locale.ROOT).contains("caption");
    }
}
