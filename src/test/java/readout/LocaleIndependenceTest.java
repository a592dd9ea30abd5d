package readout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import readout.record.RecordJson;

/**
 * The JVM's default locale changes nothing: a Turkish one lower-cases "I" to a dotless "ı", so a case mapping
 * without {@code Locale.ROOT} reads "Inc." as no abbreviation and writes "Iranian officials" as "ıranian officials".
 */
class LocaleIndependenceTest {
    private static final String ARTICLE = """
            Plant to stay open

            ISTANBUL — Acme Inc. Chief Executive Jane Roe said on Monday the plant in Izmir would stay open.

            Iranian officials said the talks on gas supplies would resume in April.

            INVITED GUESTS included Deputy Minister Ilker Demir, who said the INVITATION had come late.
            """;

    @Test
    void aTurkishDefaultLocaleGivesTheSameRecordsAsTheRootLocale() {
        List<String> root = records(Locale.ROOT);
        List<String> turkish = records(Locale.forLanguageTag("tr-TR"));
        assertEquals(root, turkish);
    }

    private static List<String> records(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            Readout readout = new Readout();
            List<String> out = new ArrayList<>();
            for (String name : List.of("a.txt", "a.md")) {
                out.add(RecordJson.toJson(readout.summarize(name, null, ARTICLE.getBytes(StandardCharsets.UTF_8))));
            }
            for (OwnArticles.Piece p : OwnArticles.ALL) {
                out.add(RecordJson.toJson(readout.summarize("a.txt", null, OwnArticles.txt(p, "\n").getBytes(StandardCharsets.UTF_8))));
            }
            return out;
        } finally {
            Locale.setDefault(before);
        }
    }
}
