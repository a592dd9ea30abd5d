package readout.article;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses texts written for the tests, as a file of the given name would be. */
final class Parsing {
    private static final ArticleParser PARSER = new ArticleParser();

    private Parsing() {}

    static Article parse(String name, String text) throws RejectedInputException {
        return PARSER.parse(name, null, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The body paragraphs' text. */
    static List<String> body(Article a) {
        return a.body().stream().map(p -> p.span().of(a.text())).toList();
    }
}
