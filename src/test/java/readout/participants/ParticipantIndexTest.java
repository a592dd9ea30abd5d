package readout.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import readout.record.SummaryRecord;

class ParticipantIndexTest {
    private static ParticipantIndex index(SummaryRecord... records) {
        List<IndexEntry> entries = new ArrayList<>();
        for (SummaryRecord r : records) entries.addAll(ArticleEntries.of(r));
        return new ParticipantIndex(entries);
    }

    @Test
    void onePersonAcrossArticlesWhateverTheDiacritics() {
        ParticipantIndex idx = index(
                Records.article("old").dated("2021-05-06").person("Nguyễn Phú Trọng", "Việt Nam").said("Nguyễn Phú Trọng", "ties were strong").build(),
                Records.article("new").dated("2022-06-01").person("Nguyen Phu Trong", "Viet Nam", "Trong")
                        .said("Trong", "trade would double").said("Nguyen Phu Trong", "the visit mattered").build(),
                Records.article("undated").person("Nguyễn Phú Trọng", null).said("Nguyễn Phú Trọng", "peace came first").build());
        Person p = idx.byName("nguyen phu trong").orElseThrow();
        assertEquals(3, p.articleCount());
        assertEquals(4, p.statementCount());
        assertEquals("2021-05-06", p.firstDate());
        assertEquals("2022-06-01", p.lastDate());
        assertEquals(List.of("new", "old", "undated"), idx.entries(p).stream().map(IndexEntry::articleId).toList(),
                "newest first, undated last");
        assertEquals(1, idx.people().size());
    }

    @Test
    void anAliasSpelledDecomposedInOneArticleIsOneAlias() {
        String composed = "Tr\u1ecdng", decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        ParticipantIndex idx = index(
                Records.article("a").person("Nguyễn Phú Trọng", null, composed).build(),
                Records.article("b").person("Nguyễn Phú Trọng", null, decomposed).build());
        assertEquals(List.of(composed), idx.byName("Nguyen Phu Trong").orElseThrow().aliases());
    }

    @Test
    void aMiddleNameOrSecondSurnameJoinsTheShorterName() {
        ParticipantIndex idx = index(
                Records.article("a").dated("2022-01-01").person("Miguel Díaz-Canel", "Cuba").build(),
                Records.article("b").dated("2023-01-01").person("Miguel Diaz-Canel Bermudez", "Cuba").build());
        Person p = idx.person("miguel-diaz-canel").orElseThrow();
        assertEquals(p, idx.person("miguel-diaz-canel-bermudez").orElseThrow(), "either key names the person");
        assertEquals("Miguel Diaz-Canel Bermudez", p.name(), "the fullest name");
        assertEquals("miguel-diaz-canel", p.key(), "the shortest key");
        assertTrue(p.aliases().contains("Miguel Díaz-Canel"));
        assertEquals(2, p.articleCount());
    }

    @Test
    void aShorterNameTwoDifferentLongerOnesWouldTakeStaysApart() {
        ParticipantIndex idx = index(
                Records.article("a").person("Joe Biden", null).build(),
                Records.article("b").person("Joe Robinette Biden", null).build(),
                Records.article("c").person("Joe Randall Biden", null).build());
        assertEquals(3, idx.people().size());
        assertNotEquals(idx.person("joe-robinette-biden"), idx.person("joe-randall-biden"));
    }

    @Test
    void disagreeingCountriesKeepLikeNamesApart() {
        ParticipantIndex idx = index(
                Records.article("a").person("John Smith", "Australia").build(),
                Records.article("b").person("John Paul Smith", "Canada").build());
        assertEquals(2, idx.people().size());
    }

    @Test
    void aPrefixListsPeopleByAnyOfTheirKeys() {
        ParticipantIndex idx = index(
                Records.article("a").person("Nguyễn Phú Trọng", null).person("Nguyễn Xuân Phúc", null).person("Anna Berg", null).build());
        assertEquals(List.of("nguyen-phu-trong", "nguyen-xuan-phuc"), idx.withPrefix("Ngu").stream().map(Person::key).toList());
        assertEquals(List.of("nguyen-xuan-phuc"), idx.withPrefix("nguyễn x").stream().map(Person::key).toList());
        assertEquals(List.of(), idx.withPrefix("zz"));
    }
}
