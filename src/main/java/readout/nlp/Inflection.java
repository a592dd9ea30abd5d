package readout.nlp;

/**
 * Whether a regular English ending takes a form to a lemma: "talks" -> "talk", "resumed" -> "resume",
 * "stopped" -> "stop", "occupies" -> "occupy", "making" -> "make". Only a check on the lemmatizer's own
 * candidates (see {@link Tagger}); it proposes nothing.
 */
final class Inflection {
    private Inflection() {}

    static boolean explains(String form, String lemma) {
        if (lemma.isEmpty()) return false;
        if (form.equals(lemma)) return true;
        char last = lemma.charAt(lemma.length() - 1);
        if (last == 'v' || last == 'j' || last == 'q') return false; // no English base ends so: "improv", "receiv"
        int f = form.length();
        if (f > 4 && (form.endsWith("ies") || form.endsWith("ied")) && lemma.equals(form.substring(0, f - 3) + "y")) {
            return true; // occupies, buried
        }
        for (String ending : new String[] {"s", "es", "ed", "d", "ing", "er", "est"}) {
            if (!form.endsWith(ending)) continue;
            String stem = form.substring(0, form.length() - ending.length());
            if (stem.length() < 2) continue;
            if (ending.equals("es") && !sibilantOrO(stem)) continue;              // "improves" is "improve" + s
            if (ending.equals("s") && stem.endsWith("ie") && stem.length() > 3) continue; // "ministries", not "ministrie"
            if (lemma.equals(stem)) return true;                                   // talks, signed, going
            if (lemma.equals(stem + "e") && !ending.equals("d")) return true;       // making, closer
            int n = stem.length();
            if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && lemma.equals(stem.substring(0, n - 1))) return true; // stopped
        }
        return false;
    }

    private static boolean sibilantOrO(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh")
                || stem.endsWith("o");
    }
}
