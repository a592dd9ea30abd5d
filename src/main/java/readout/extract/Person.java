package readout.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import readout.text.Fold;

/** A person being assembled while the article is read: mutable, confined to one extraction. */
final class Person {
    final int id;
    String name;
    final Set<String> nameKeys = new LinkedHashSet<>();   // folded tokens of every name form
    final Set<String> aliases = new LinkedHashSet<>();
    String role;
    String country;
    int firstSentence;
    int firstOffset = Integer.MAX_VALUE; // where the text first names them
    char gender;                         // Genders.MALE, Genders.FEMALE, or 0 when the article does not say

    Person(int id, String name, List<String> keys, int sentence) {
        this.id = id;
        this.name = name;
        this.nameKeys.addAll(keys);
        this.firstSentence = sentence;
    }

    boolean hasAll(List<String> keys) {
        return nameKeys.containsAll(keys);
    }

    void alias(String form) {
        String f = form.trim();
        if (!f.isEmpty() && !Fold.key(f).equals(Fold.key(name))) aliases.add(f);
    }

    Participant toParticipant() {
        return new Participant(name, List.copyOf(aliases), role, country);
    }

    @Override
    public String toString() {
        return name;
    }
}
