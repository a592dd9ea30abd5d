package readout.lexicon;

import java.util.List;
import java.util.Set;

/** Regular English verb forms for the cue lexicon: base, third person, past, -ing. */
final class Morphology {
    private static final Set<String> DOUBLE_FINAL = Set.of("commit", "regret", "admit", "submit", "permit", "omit");

    private Morphology() {}

    static List<String> forms(String lemma) {
        String[] w = lemma.split(" ");
        String v = w[0];
        String rest = w.length > 1 ? " " + lemma.substring(v.length() + 1) : "";
        String past, third, ing;
        if (DOUBLE_FINAL.contains(v)) {
            char last = v.charAt(v.length() - 1);
            past = v + last + "ed";
            ing = v + last + "ing";
        } else if (v.endsWith("e")) {
            past = v + "d";
            ing = v.endsWith("ee") ? v + "ing" : v.substring(0, v.length() - 1) + "ing";
        } else if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            past = v.substring(0, v.length() - 1) + "ied";
            ing = v + "ing";
        } else {
            past = v + "ed";
            ing = v + "ing";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")) {
            third = v + "es";
        } else if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            third = v.substring(0, v.length() - 1) + "ies";
        } else {
            third = v + "s";
        }
        return List.of(v + rest, third + rest, past + rest, ing + rest);
    }
}
