package readout.participants;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamePersonTest {
    private static boolean same(String a, String b) {
        return SamePerson.test(PersonKey.of(a), List.of(), PersonKey.of(b), List.of());
    }

    @Test
    void namesThatFoldAlikeAreOnePerson() {
        assertTrue(same("Nguyễn Phú Trọng", "Nguyen Phu Trong"));
        assertTrue(same("Miguel Díaz-Canel", "MIGUEL DIAZ-CANEL"));
    }

    @Test
    void aLongerNameThatOnlyAddsWordsIsTheSamePerson() {
        assertTrue(same("Miguel Díaz-Canel", "Miguel Diaz-Canel Bermudez"));
        assertTrue(same("Joe Biden", "Joe Robinette Biden"));
    }

    @Test
    void otherFirstWordsOrOtherWordsAreOtherPeople() {
        assertFalse(same("Nguyễn Phú Trọng", "Nguyễn Xuân Phúc"));
        assertFalse(same("Raúl Castro", "Fidel Castro"));
        assertFalse(same("Miguel Díaz-Canel", "Diaz-Canel Bermudez"), "the first word must be the same");
        assertFalse(same("Joe Biden", "Biden Joe Smith"));
    }

    @Test
    void aOneWordNameJoinsNoOne() {
        assertFalse(same("Trọng", "Nguyễn Phú Trọng"));
        assertFalse(same("Nguyễn", "Nguyễn Phú Trọng"));
        assertTrue(same("Trọng", "Trong"), "but folds like any name");
    }

    @Test
    void affiliationsThatDisagreeKeepNamesApart() {
        String a = PersonKey.of("John Smith"), b = PersonKey.of("John Paul Smith");
        assertTrue(SamePerson.test(a, List.of("Australia"), b, List.of()));
        assertTrue(SamePerson.test(a, List.of("Australia"), b, List.of("australia", "Canada")));
        assertFalse(SamePerson.test(a, List.of("Australia"), b, List.of("Canada")));
        assertTrue(SamePerson.test(a, List.of("Australia"), a, List.of("Canada")), "one key is one person whatever is said of them");
    }
}
