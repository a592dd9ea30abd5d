package readout.participants;

import java.util.List;
import java.util.Objects;

/**
 * The rule that decides whether two articles' canonical names are one person. Conservative, because a wrong
 * merge puts one person's words in another's mouth while a missed one only splits a timeline in two:
 * <ol>
 * <li>the same key (the names fold alike) is the same person;</li>
 * <li>otherwise both names have at least two words, begin with the same word, and every word of the shorter
 * stands in the longer in the same order — the longer only adds words ("Miguel Díaz-Canel" and "Miguel
 * Diaz-Canel Bermudez"; "Joe Biden" and "Joe Robinette Biden");</li>
 * <li>and their affiliations do not disagree: when both articles give one, it is the same (folded).</li>
 * </ol>
 * A one-word name ("Trọng") never joins another by rule 2: an article that names someone only by a surname
 * does not say which of the people with that surname it means. {@link ParticipantIndex} also keeps apart a
 * shorter name that two different longer names would each take.
 */
public final class SamePerson {
    private SamePerson() {}

    /** @param affiliationsA the affiliations (countries) seen for A, possibly empty */
    public static boolean test(String keyA, List<String> affiliationsA, String keyB, List<String> affiliationsB) {
        if (keyA.isEmpty() || keyB.isEmpty()) return false;
        if (keyA.equals(keyB)) return true;
        if (!affiliationsAgree(affiliationsA, affiliationsB)) return false;
        List<String> a = PersonKey.words(keyA), b = PersonKey.words(keyB);
        List<String> shorter = a.size() <= b.size() ? a : b, longer = shorter == a ? b : a;
        if (shorter.size() < 2 || !shorter.get(0).equals(longer.get(0))) return false;
        int at = 0;
        for (String w : longer) if (at < shorter.size() && w.equals(shorter.get(at))) at++;
        return at == shorter.size();
    }

    /** No affiliation on one side agrees with anything; otherwise the two share one. */
    static boolean affiliationsAgree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) for (String y : b) if (Objects.equals(PersonKey.of(x), PersonKey.of(y))) return true;
        return false;
    }
}
