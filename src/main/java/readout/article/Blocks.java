package readout.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article's blocks of prose in document order: each run of text between block-level tags is one block, so a
 * lead written as a bare div ({@code <div class="sapo">Hanoi (VNA) – ...</div>}), text loose between paragraphs and
 * nested divs all come out once, in their place. One pass over the content.
 */
final class Blocks {
    /** A block's text, how much of it is link text, and whether it is a figure caption. */
    record Block(String text, int linkChars, boolean caption, boolean listItem) {
        boolean allLink() {
            return linkChars > 0 && linkChars >= text.replace(" ", "").length() - 1;
        }
    }

    private Blocks() {}

    static List<Block> of(List<Element> content) {
        List<Block> out = new ArrayList<>();
        for (Element root : content) read(root, out);
        return out;
    }

    private static void read(Element root, List<Block> out) {
        NodeTraversor.traverse(new NodeVisitor() {
            final StringBuilder buf = new StringBuilder();
            int links;
            int linkDepth;
            int captionDepth;
            int itemDepth;
            int paragraphDepth;
            boolean caption;
            boolean item;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (s.isBlank()) {
                        if (!buf.isEmpty()) buf.append(' ');
                        return;
                    }
                    if (buf.isEmpty()) {
                        caption = captionDepth > 0;
                        item = itemDepth > 0;
                    }
                    buf.append(s);
                    if (linkDepth > 0) links += s.replace(" ", "").length();
                } else if (node instanceof Element e) {
                    if (isBlock(e)) flush();
                    else if (e.nameIs("br")) {
                        if (paragraphDepth > 0) buf.append(' ');
                        else flush(); // outside a <p>, lines broken by <br> are the paragraphs
                    }
                    if (e.nameIs("a")) linkDepth++;
                    if (BodyFinder.isCaption(e)) captionDepth++;
                    if (e.nameIs("li")) itemDepth++;
                    if (e.nameIs("p")) paragraphDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (isBlock(e) || e == root) flush();
                    if (e.nameIs("a")) linkDepth--;
                    if (BodyFinder.isCaption(e)) captionDepth--;
                    if (e.nameIs("li")) itemDepth--;
                    if (e.nameIs("p")) paragraphDepth--;
                }
            }

            private void flush() {
                String t = collapse(buf);
                if (!t.isEmpty()) out.add(new Block(t, links, caption, item));
                buf.setLength(0);
                links = 0;
            }
        }, root);
    }

    private static boolean isBlock(Element e) {
        return PageFigures.BLOCK_TAGS.contains(e.normalName()) || BodyFinder.isCaption(e);
    }

    private static String collapse(CharSequence s) {
        StringBuilder o = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !o.isEmpty();
            } else {
                if (space) o.append(' ');
                space = false;
                o.append(c);
            }
        }
        return o.toString();
    }
}
