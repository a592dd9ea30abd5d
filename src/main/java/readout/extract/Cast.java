package readout.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import readout.lexicon.Lexicon;
import readout.text.Token;

/** The people of one article and the lookup from words in the text to them. Confined to one extraction. */
final class Cast {
    final List<Person> people = new ArrayList<>();
    private final Map<String, List<Person>> byKey = new HashMap<>();
    private final Lexicon lexicon;

    Cast(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Person add(String name, List<String> keys, int sentence) {
        Person p = new Person(people.size(), name, keys, sentence);
        people.add(p);
        index(p, keys);
        return p;
    }

    void index(Person p, List<String> keys) {
        p.nameKeys.addAll(keys);
        for (String k : keys) {
            List<Person> l = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            if (!l.contains(p)) l.add(p);
        }
    }

    /** The people whose names hold every one of these keys. */
    List<Person> holding(List<String> keys) {
        if (keys.isEmpty()) return List.of();
        List<Person> first = byKey.getOrDefault(keys.get(0), List.of());
        List<Person> out = new ArrayList<>();
        for (Person p : first) if (p.hasAll(keys)) out.add(p);
        return out;
    }

    /** A name mention starting at token i: the person, and the index after the mention; null if none or ambiguous. */
    Match nameAt(List<Token> toks, int i) {
        if (i >= toks.size() || !toks.get(i).capitalized() || !byKey.containsKey(toks.get(i).key())) return null;
        List<Person> hold = null;
        Match best = null;
        int j = i;
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (t.word() && t.key().length() == 1 && j + 1 < toks.size() && toks.get(j + 1).text().equals(".")
                    && t.capitalized()) {
                j += 2; // initial inside a name: "Joseph R. Biden"
                continue;
            }
            if (!t.word() || !byKey.containsKey(t.key()) || !(t.capitalized() || isParticle(t.key()))) break;
            // the people holding every word so far: narrowed word by word, never re-checked from the first (a long run
            // of capitalized words would cost its length squared at every start)
            hold = hold == null ? holding(List.of(t.key())) : holdingAlso(hold, t.key());
            if (hold.isEmpty()) break;
            if (hold.size() == 1) best = new Match(hold.get(0), i, j + 1);
            else best = new Match(null, i, j + 1, hold);
            j++;
        }
        return best;
    }

    private static List<Person> holdingAlso(List<Person> people, String key) {
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people) if (p.nameKeys.contains(key)) out.add(p);
        return out;
    }

    static boolean isParticle(String k) {
        return switch (k) {
            case "bin", "binti", "al", "el", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "del", "ibn", "y" -> true;
            default -> false;
        };
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** A run of tokens naming a person; {@code person} is null when several people share the name (candidates). */
    record Match(Person person, int start, int end, List<Person> candidates) {
        Match(Person person, int start, int end) {
            this(person, start, end, List.of(person));
        }
    }
}
