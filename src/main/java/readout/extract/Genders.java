package readout.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.text.Token;

/**
 * Entities pass: what the article itself says of a person's gender, so "he" and "she" find the right one —
 * an honorific or a gendered role ("Mr Blair", "Ms Hellicar", "chairwoman"), or the pronoun the article uses for
 * them as the subject of what they report ("Kisha Rivera said she ..."); object pronouns ("told her") are others'. Nothing is guessed from a
 * first name. Unknown stays unknown, and then recency alone decides.
 */
final class Genders {
    static final char MALE = 'M';
    static final char FEMALE = 'F';

    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "king", "prince", "duke", "husband", "father",
            "son", "brother", "grandfather", "uncle", "nephew", "boyfriend", "businessman", "congressman", "spokesman",
            "chairman", "sportsman", "countryman", "actor", "emperor");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen",
            "princess", "duchess", "countess", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece",
            "girlfriend", "widow", "businesswoman", "congresswoman", "spokeswoman", "chairwoman", "sportswoman", "actress",
            "empress");
    private static final Set<String> SAID = Set.of("said", "says", "added", "told", "insisted", "argued", "explained",
            "stressed", "noted", "admitted", "acknowledged", "claimed", "confirmed");

    private Genders() {}

    static void assign(Doc doc, Cast cast) {
        Map<Person, int[]> votes = new HashMap<>(); // [male, female]
        for (Person p : cast.people) {
            int[] v = votes.computeIfAbsent(p, x -> new int[2]);
            for (String form : p.aliases) count(form, v, 3);
            if (p.role != null) count(p.role, v, 3);
        }
        // "Kisha Rivera said she ...", "Roof told agents he ...": the reported clause's own subject is the speaker
        for (List<Token> toks : doc.tokens) {
            for (int i = 0; i < toks.size(); i++) {
                Cast.Match m = cast.nameAt(toks, i);
                if (m == null || m.person() == null) continue;
                int k = m.end();
                if (k < toks.size() && SAID.contains(toks.get(k).key())) {
                    int j = k + 1;
                    if (j < toks.size() && toks.get(j).is("that")) j++;
                    if (j < toks.size()) {
                        int[] v = votes.computeIfAbsent(m.person(), x -> new int[2]);
                        if (toks.get(j).is("he")) v[0]++;
                        else if (toks.get(j).is("she")) v[1]++;
                    }
                }
                i = m.end() - 1;
            }
        }
        for (Map.Entry<Person, int[]> e : votes.entrySet()) {
            int[] v = e.getValue();
            if (v[0] > v[1]) e.getKey().gender = MALE;
            else if (v[1] > v[0]) e.getKey().gender = FEMALE;
        }
    }

    private static void count(String text, int[] v, int weight) {
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (MALE_WORDS.contains(w)) v[0] += weight;
            else if (FEMALE_WORDS.contains(w)) v[1] += weight;
        }
    }
}
