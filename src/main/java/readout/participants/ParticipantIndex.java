package readout.participants;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * People across articles, made of index entries: entries of one key are one person, and keys the
 * {@link SamePerson} rule joins are one person too — unless a shorter name would join two longer ones that are
 * not one person themselves ("Joe Biden" beside both "Joe R Biden" and "Joe Robinette Biden"): then the shorter
 * stays a person of its own, since nothing says which one it is. Immutable once built; pure.
 */
public final class ParticipantIndex {
    /** Newest first by publication date, undated articles last; then by article id, so the order is total. */
    public static final Comparator<IndexEntry> NEWEST_FIRST = Comparator
            .comparing((IndexEntry e) -> e.publishedDate() == null ? "" : e.publishedDate(), Comparator.reverseOrder())
            .thenComparing(IndexEntry::articleId);

    private final Map<String, Person> byKey = new TreeMap<>();
    private final Map<String, List<IndexEntry>> entriesByPerson = new HashMap<>();

    public ParticipantIndex(Collection<IndexEntry> entries) {
        Map<String, List<IndexEntry>> byExactKey = new TreeMap<>();
        for (IndexEntry e : entries) byExactKey.computeIfAbsent(e.personKey(), k -> new ArrayList<>()).add(e);
        Map<String, List<String>> affiliations = new HashMap<>();
        byExactKey.forEach((k, es) -> affiliations.put(k, es.stream().map(IndexEntry::affiliation)
                .filter(a -> a != null && !a.isBlank()).distinct().toList()));
        List<String> keys = new ArrayList<>(byExactKey.keySet());
        Map<String, String> parent = new HashMap<>();
        for (String k : keys) parent.put(k, k);
        // the rule joins only names with the same first word: compare within those groups, not every pair
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String k : keys) byFirstWord.computeIfAbsent(PersonKey.words(k).get(0), w -> new ArrayList<>()).add(k);
        for (String shorter : keys) {
            List<String> longer = new ArrayList<>();
            for (String other : byFirstWord.get(PersonKey.words(shorter).get(0))) {
                if (!other.equals(shorter) && PersonKey.words(other).size() > PersonKey.words(shorter).size()
                        && SamePerson.test(shorter, affiliations.get(shorter), other, affiliations.get(other))) {
                    longer.add(other);
                }
            }
            if (!allOnePerson(longer, affiliations)) continue;
            for (String l : longer) union(parent, shorter, l);
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (String k : keys) groups.computeIfAbsent(find(parent, k), r -> new ArrayList<>()).add(k);
        for (List<String> group : groups.values()) {
            List<IndexEntry> es = new ArrayList<>();
            for (String k : group) es.addAll(byExactKey.get(k));
            es.sort(NEWEST_FIRST);
            Person p = person(group, es);
            for (String k : group) byKey.put(k, p);
            entriesByPerson.put(p.key(), List.copyOf(es));
        }
    }

    private static boolean allOnePerson(List<String> keys, Map<String, List<String>> affiliations) {
        for (String a : keys) for (String b : keys) {
            if (!a.equals(b) && !SamePerson.test(a, affiliations.get(a), b, affiliations.get(b))) return false;
        }
        return true;
    }

    private static String find(Map<String, String> parent, String k) {
        while (!parent.get(k).equals(k)) k = parent.get(k);
        return k;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }

    private static Person person(List<String> group, List<IndexEntry> es) {
        String key = group.stream().min(Comparator.comparingInt((String k) -> PersonKey.words(k).size())
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        // the fullest name: most words, then the one more articles use, then the first in order
        Map<String, Integer> uses = new TreeMap<>();
        for (IndexEntry e : es) uses.merge(e.name(), 1, Integer::sum);
        String name = uses.keySet().stream().max(Comparator.comparingInt((String n) -> PersonKey.words(PersonKey.of(n)).size())
                .thenComparing(uses::get).thenComparing(Comparator.<String>naturalOrder().reversed())).orElseThrow();
        Set<String> aliases = new LinkedHashSet<>(), roles = new LinkedHashSet<>(), affiliations = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        int statements = 0, agreements = 0;
        String first = null, last = null;
        for (IndexEntry e : es) {
            // NFC: one article may spell a name decomposed, another composed; they are one alias
            aliases.add(Normalizer.normalize(e.name(), Normalizer.Form.NFC));
            for (String a : e.aliases()) aliases.add(Normalizer.normalize(a, Normalizer.Form.NFC));
            if (e.role() != null) roles.add(e.role());
            if (e.affiliation() != null) affiliations.add(e.affiliation());
            articles.add(e.articleId());
            statements += e.statements().size();
            agreements += e.agreements().size();
            if (e.publishedDate() != null) {
                if (first == null || e.publishedDate().compareTo(first) < 0) first = e.publishedDate();
                if (last == null || e.publishedDate().compareTo(last) > 0) last = e.publishedDate();
            }
        }
        aliases.remove(Normalizer.normalize(name, Normalizer.Form.NFC));
        return new Person(key, List.copyOf(group), name, List.copyOf(aliases), List.copyOf(roles), List.copyOf(affiliations),
                articles.size(), statements, agreements, first, last);
    }

    /** The person a key names: their own key or any key joined into them. */
    public Optional<Person> person(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The person a name means, folded ("nguyen phu trong" finds Nguyễn Phú Trọng). */
    public Optional<Person> byName(String name) {
        return person(PersonKey.of(name));
    }

    /** Everyone, by key. */
    public List<Person> people() {
        return byKey.values().stream().distinct().sorted(Comparator.comparing(Person::key)).toList();
    }

    /** People whose key, or a key joined into them, starts with a folded prefix. */
    public List<Person> withPrefix(String prefix) {
        String p = PersonKey.prefix(prefix);
        return byKey.entrySet().stream().filter(e -> e.getKey().startsWith(p)).map(Map.Entry::getValue).distinct()
                .sorted(Comparator.comparing(Person::key)).toList();
    }

    /** A person's entries, newest article first, undated ones last. */
    public List<IndexEntry> entries(Person p) {
        return entriesByPerson.getOrDefault(p.key(), List.of());
    }
}
