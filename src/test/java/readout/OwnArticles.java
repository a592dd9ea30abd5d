package readout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Short news articles written for the tests (the people, places and events are made up), and the same article
 * written out as each format Readout reads: plain text, Markdown, JSON and HTML.
 */
final class OwnArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A headline and its paragraphs. */
    record Piece(String name, String title, List<String> paragraphs) {
        Piece map(UnaryOperator<String> f) {
            return new Piece(name, f.apply(title), paragraphs.stream().map(f).toList());
        }
    }

    static final Piece TALKS = new Piece("talks", "Norway and Chile agree to deepen ocean research ties", List.of(
            "OSLO — Norwegian Foreign Minister Ingrid Solberg held talks with Chilean Foreign Minister Pablo Reyes in Oslo on Tuesday.",
            "Solberg said the two countries had made steady progress on fisheries science and would open a joint research station next year.",
            "“We share the same ocean, and we should study it together,” Reyes said.",
            "He added that Chile would send a delegation of marine scientists to Bergen in the spring.",
            "The two ministers agreed to hold their next round of talks in Santiago before the end of the year.",
            "Reyes extended an invitation to Solberg to visit Valparaíso in May, and Solberg accepted the invitation."));

    static final Piece DEAL = new Piece("deal", "Dock workers and port operator reach three-year deal", List.of(
            "ROTTERDAM — The dockworkers’ union and the port operator Nordhaven reached a tentative agreement on Friday after two weeks of strikes.",
            "Union leader Marta de Vries said the deal would raise wages by 4 percent a year and protect jobs on the night shift.",
            "“This is a fair result for people who work in all weathers,” she told reporters outside the terminal.",
            "Nordhaven chief executive Henk Bakker said the company was glad that ships could move again.",
            "The union and Nordhaven signed a memorandum on safety training, and both sides pledged to review it every six months."));

    /** Quoted with single marks only, as some newspapers do. */
    static final Piece COURT = new Piece("court", "Court orders new hearing in river pollution case", List.of(
            "LYON — A judge in Lyon on Monday ordered a new hearing in the case against a chemical plant on the Rhône.",
            "Claire Moreau, a lawyer for fishermen from three villages, said the ruling was ‘a first step’ and that her clients would keep pressing for damages.",
            "‘We have waited six years for this,’ said Jean Petit, a fisherman from Vienne.",
            "Plant director Luc Girard said the company had always met its legal obligations.",
            "He added that the plant would cooperate fully with the court."));

    /** A lead that opens with the headline's words. */
    static final Piece STRIKE = new Piece("strike", "Harbour strike ends", List.of(
            "Harbour strike ends after nine days as the union and the port authority settle on pay, union leader Tomas Berg said on Sunday.",
            "“Nobody wanted this to go on, least of all the crews,” Berg told a news conference in Gdynia.",
            "Port director Ewa Nowak said cargo would move again from Monday morning."));

    static final List<Piece> ALL = List.of(TALKS, DEAL, COURT, STRIKE);

    private OwnArticles() {}

    static String txt(Piece p, String lineBreak) {
        return p.title() + lineBreak + lineBreak + String.join(lineBreak + lineBreak, p.paragraphs()) + lineBreak;
    }

    static String md(Piece p, String lineBreak) {
        return "# " + p.title() + lineBreak + lineBreak + String.join(lineBreak + lineBreak, p.paragraphs()) + lineBreak;
    }

    /** {@code {"title", "text"}} with the headline apart from the body, as feeds and CMS exports give it. */
    static String json(Piece p, String lineBreak) {
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("title", p.title());
        doc.put("text", String.join(lineBreak + lineBreak, p.paragraphs()));
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code {"text"}} alone: the headline is the text's first paragraph, as in a plain-text file. */
    static String jsonTextOnly(Piece p) {
        try {
            return JSON.writeValueAsString(Map.of("text", txt(p, "\n")));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** A page with the headline as its title and first heading; {@code escape} writes text as HTML. */
    static String html(Piece p, String lineBreak, UnaryOperator<String> escape) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>").append(lineBreak).append("<html><head><meta charset=\"utf-8\"><title>")
                .append(escape.apply(p.title())).append("</title></head>").append(lineBreak).append("<body><article>")
                .append(lineBreak).append("<h1>").append(escape.apply(p.title())).append("</h1>").append(lineBreak);
        for (String para : p.paragraphs()) b.append("<p>").append(escape.apply(para)).append("</p>").append(lineBreak);
        return b.append("</article></body></html>").append(lineBreak).toString();
    }

    /** The least HTML escaping: {@code &}, {@code <}, {@code >}. */
    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
