package readout.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import readout.article.Article;
import readout.article.ArticleParser;

/** Parses and extracts short texts written for the tests. */
final class Fixtures {
    private static final ArticleParser PARSER = new ArticleParser();
    private static final Extractor EXTRACTOR = new Extractor();

    private Fixtures() {}

    /** The text is the body of an article under a fixed headline. */
    static Extraction extract(String body) {
        try {
            Article a = PARSER.parse("test.txt", "text/plain", ("Headline for the test\n\n" + body).getBytes(StandardCharsets.UTF_8));
            return EXTRACTOR.extract(a);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Statement statementWithText(Extraction x, String fragment) {
        for (Statement s : x.statements()) if (s.text().contains(fragment)) return s;
        throw new AssertionError("no statement containing \"" + fragment + "\" in " + x.statements());
    }

    static Participant participant(Extraction x, String name) {
        for (Participant p : x.participants()) if (p.name().equals(name)) return p;
        throw new AssertionError("no participant " + name + " in " + x.participants());
    }

    static List<String> names(Extraction x) {
        return x.participants().stream().map(Participant::name).toList();
    }

    /** The one agreement the text yields (fails the test when there are none or several). */
    static Agreement onlyAgreement(Extraction x) {
        assertEquals(1, x.agreements().size(), x.agreements().toString());
        return x.agreements().get(0);
    }
}
