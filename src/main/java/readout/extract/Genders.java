package readout.extract;

import java.util.Set;

/**
 * Entities pass: what the article itself says of a person's gender, so "he" and "she" find the right one — an
 * honorific or a gendered role ("Mr Blair", "Ms Hellicar", "chairwoman"). Nothing is guessed from a first name, nor
 * from pronouns near a name: "X said she ..." was tried and is as often about someone else (a defendant, a victim)
 * as about X. Unknown stays unknown, and then recency alone decides.
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

    private Genders() {}

    static void assign(Cast cast) {
        for (Person p : cast.people) {
            int[] v = new int[2]; // male, female
            for (String form : p.aliases) count(form, v);
            if (p.role != null) count(p.role, v);
            if (v[0] > v[1]) p.gender = MALE;
            else if (v[1] > v[0]) p.gender = FEMALE;
        }
    }

    private static void count(String text, int[] v) {
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (MALE_WORDS.contains(w)) v[0]++;
            else if (FEMALE_WORDS.contains(w)) v[1]++;
        }
    }
}
