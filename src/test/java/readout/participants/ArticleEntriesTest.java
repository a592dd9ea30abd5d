package readout.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import readout.record.SummaryRecord;

class ArticleEntriesTest {
    @Test
    void eachPersonGetsTheirOwnStatementsAndTheAgreementsTheyAreAPartyTo() {
        SummaryRecord r = Records.article("a1").dated("2024-03-01")
                .person("Anna Berg", "Sweden", "Minister Berg", "Berg")
                .person("Tomas Lind", "Norway")
                .said("Anna Berg", "the bridge would open in spring")
                .said("Tomas Lind", "funding was secured")
                .said("Foreign Ministry", "talks were useful")
                .agreed("build a second bridge", "Anna Berg", "Tomas Lind")
                .build();
        List<IndexEntry> entries = ArticleEntries.of(r);
        assertEquals(List.of("anna-berg", "tomas-lind"), entries.stream().map(IndexEntry::personKey).toList(),
                "people only: an organization that speaks is not indexed");
        IndexEntry anna = entries.get(0);
        assertEquals(List.of("the bridge would open in spring"), anna.statements().stream().map(IndexEntry.Said::text).toList());
        assertEquals(0, anna.statements().get(0).index());
        assertEquals(List.of("Minister Berg", "Berg"), anna.aliases());
        assertEquals("2024-03-01", anna.publishedDate());
        assertEquals("test-1", anna.extractorVersion());
        assertEquals(1, entries.get(1).statements().get(0).index(), "the index is the statement's place in the record");
        assertEquals(List.of("Anna Berg", "Tomas Lind"), entries.get(1).agreements().get(0).parties());
    }

    @Test
    void aSurnameOrAliasNeverMakesASecondPerson() {
        SummaryRecord r = Records.article("a2")
                .person("Nguyễn Phú Trọng", "Việt Nam", "Party General Secretary Trọng", "The leader")
                .person("Trọng", null)
                .said("Trọng", "relations were special")
                .said("The leader", "the visit was a success")
                .said("Nguyen Phu Trong", "cooperation would grow")
                .build();
        List<IndexEntry> entries = ArticleEntries.of(r);
        assertEquals(1, entries.size());
        assertEquals("nguyen-phu-trong", entries.get(0).personKey());
        assertEquals(3, entries.get(0).statements().size());
        assertTrue(entries.get(0).aliases().contains("Trọng"));
    }

    @Test
    void aSurnameTwoFullerPeopleShareStaysItsOwn() {
        SummaryRecord r = Records.article("a3")
                .person("Raúl Castro", "Cuba").person("Fidel Castro", "Cuba").person("Castro", null)
                .said("Castro", "the harvest was good")
                .build();
        assertEquals(List.of("raul-castro", "fidel-castro", "castro"),
                ArticleEntries.of(r).stream().map(IndexEntry::personKey).toList());
    }

    @Test
    void aJointStatementIsEachSpeakersWithTheOthersNamed() {
        SummaryRecord r = Records.article("a4").person("Anna Berg", null).person("Tomas Lind", null)
                .said("Anna Berg; Tomas Lind", "the border would stay open").build();
        List<IndexEntry> entries = ArticleEntries.of(r);
        assertEquals(List.of("Tomas Lind"), entries.get(0).statements().get(0).with());
        assertEquals(List.of("Anna Berg"), entries.get(1).statements().get(0).with());
    }

    @Test
    void anEntryStaysWithinItsSizeAndCountsWhatItLeftOut() {
        Records b = Records.article("a5").person("Anna Berg", null);
        String longText = "x".repeat(ArticleEntries.MAX_TEXT_CHARS * 3);
        for (int i = 0; i < 40; i++) b.said("Anna Berg", longText);
        IndexEntry e = ArticleEntries.of(b.build()).get(0);
        int chars = e.statements().stream().mapToInt(s -> s.text().length()).sum();
        assertTrue(chars <= ArticleEntries.MAX_ENTRY_CHARS + e.statements().size(), "text within the entry's budget: " + chars);
        assertEquals(ArticleEntries.MAX_TEXT_CHARS + 1, e.statements().get(0).text().length(), "a long statement is cut, with an ellipsis");
        assertEquals(40, e.statements().size() + e.omitted());
        assertTrue(e.omitted() > 0);
    }

    @Test
    void peopleArePerArticleAsManyAsTheRecordTracks() {
        Records b = Records.article("a6");
        for (int i = 0; i < ArticleEntries.MAX_PEOPLE + 50; i++) b.person("Person Number" + i, null);
        assertEquals(ArticleEntries.MAX_PEOPLE, ArticleEntries.of(b.build()).size());
    }

    @Test
    void aFailedRecordHasNoEntries() {
        SummaryRecord ok = Records.article("a7").person("Anna Berg", null).build();
        SummaryRecord failed = new SummaryRecord(ok.articleId(), ok.source(), ok.format(), null, null, null, null, ok.participants(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), ok.extractorVersion(), ok.contentSha256(), 0,
                SummaryRecord.FAILED, new readout.record.ErrorRecord("NO_TEXT", "nothing readable"));
        assertEquals(List.of(), ArticleEntries.of(failed));
    }
}
