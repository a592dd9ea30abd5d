package readout.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.text.Fold;

/**
 * The word lists the engine reads: countries with their names, demonyms and cities; titles and role nouns;
 * organization heads; news agencies; cue verbs. Loaded once from resources under {@code readout/lexicon};
 * immutable and safe to share between threads.
 */
public final class Lexicon {

    /** A cue verb form: its words (folded) and what it signals. */
    public record Cue(String[] words, CueKind kind, String lemma) {}

    public enum CueKind { SPEECH, AGREE, COMMIT, SIGN, ACCEPT }

    private final Map<String, String> countryByName = new HashMap<>();   // folded name/variant/demonym/city -> country
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> places = new HashSet<>();                    // folded cities and dateline places
    private final Map<String, String> countryByCity = new HashMap<>();
    private final Set<String> firstWordsOfLongNames = new HashSet<>();    // "south" of "South Korea"
    private final Set<String> firstWordsOfLongPlaces = new HashSet<>();   // "ha" of "Hà Nội"
    private final Map<String, Set<String>> sections = new HashMap<>();
    private final Map<String, String> countryByCapital = new HashMap<>();   // folded capital -> country (metonymy)
    private final Map<String, String> agencies = new HashMap<>();          // folded -> as written
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    private Lexicon() {
        for (String line : lines("countries.tsv")) {
            String[] f = line.split("\t", -1);
            String country = f[0];
            List<String> names = new ArrayList<>();
            names.add(country);
            if (f.length > 1) names.addAll(split(f[1]));
            for (String n : names) countryByName.put(Fold.key(n), country);
            if (f.length > 2) {
                for (String d : split(f[2])) {
                    countryByName.putIfAbsent(Fold.key(d), country);
                    demonyms.add(Fold.key(d));
                    countryByName.putIfAbsent(Fold.key(d) + "s", country); // "Americans"
                }
            }
            if (f.length > 3) {
                for (String c : split(f[3])) {
                    places.add(Fold.key(c));
                    countryByCity.put(Fold.key(c), country);
                }
            }
        }
        for (String k : countryByName.keySet()) {
            int sp = k.indexOf(' ');
            if (sp > 0) firstWordsOfLongNames.add(k.substring(0, sp));
        }
        for (String line : lines("places.txt")) places.add(Fold.key(line));
        for (String line : lines("capitals.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2) countryByCapital.put(Fold.key(f[0].trim()), f[1].trim());
        }
        for (String k : places) {
            int sp = k.indexOf(' ');
            if (sp > 0) firstWordsOfLongPlaces.add(k.substring(0, sp));
        }
        String section = null;
        for (String line : lines("roles.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                sections.put(section, new HashSet<>());
                continue;
            }
            for (String w : line.trim().split("\\s+")) sections.get(section).add(Fold.fold(w));
        }
        for (String line : lines("agencies.txt")) {
            // "VNA | Vietnam News Agency": the credit as written, then other names of the same agency
            String[] names = line.split("\\|");
            for (String n : names) agencies.put(Fold.key(n), names[0].trim());
        }
        for (String line : lines("cues.txt")) {
            String[] parts = line.split("=", 2);
            String[] head = parts[0].trim().split("\\s+", 2);
            CueKind kind = CueKind.valueOf(head[0]);
            String lemma = head[1].trim();
            List<String> forms = new ArrayList<>();
            if (parts.length == 2) {
                forms.addAll(irregular(lemma, parts[1].trim()));
            } else {
                forms.addAll(Morphology.forms(lemma));
            }
            for (String form : forms) {
                String[] words = form.split(" ");
                cuesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(words, kind, lemma));
            }
        }
        // Longest cue first, so "spoke highly of" wins over a shorter form.
        for (List<Cue> l : cuesByFirstWord.values()) l.sort((a, b) -> b.words().length - a.words().length);
    }

    private static List<String> irregular(String lemma, String spec) {
        List<String> out = new ArrayList<>();
        out.add(lemma);
        for (String f : spec.split("\\|")) if (!f.isBlank()) out.add(f.trim());
        return out;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/readout/lexicon/" + name)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether this folded word starts a country name or demonym of several words ("south", "viet"). */
    public boolean startsLongCountryName(String foldedWord) {
        return firstWordsOfLongNames.contains(foldedWord);
    }

    /** Whether this folded word starts a place or country name of several words ("ha" of "Hà Nội", "south"). */
    public boolean startsLongPlaceName(String foldedWord) {
        return firstWordsOfLongPlaces.contains(foldedWord) || firstWordsOfLongNames.contains(foldedWord);
    }

    /** The country a name, variant, demonym or city stands for ("Cuban" -> "Cuba"), or null. */
    /** The country whose government a capital stands for in news ("Beijing has warned" -> China), or null. */
    public String countryOfCapital(String phrase) {
        return countryByCapital.get(Fold.key(phrase));
    }

    public String country(String phrase) {
        String k = Fold.key(phrase);
        String c = countryByName.get(k);
        if (c == null && k.startsWith("the ")) c = countryByName.get(k.substring(4));
        return c;
    }


    /** The country a city is in ("Hanoi" -> "Việt Nam"), or null. */
    public String countryOfCity(String city) {
        return countryByCity.get(Fold.key(city));
    }

    public boolean isDemonym(String word) {
        return demonyms.contains(Fold.key(word));
    }

    public boolean isPlace(String phrase) {
        String k = Fold.key(phrase);
        return places.contains(k) || countryByName.containsKey(k);
    }


    public boolean isTitle(String word) {
        return in("titles", word);
    }

    /** "Sen", "Gen", "Rep": a title only when written with a period. */
    public boolean isTitleAbbreviation(String word) {
        return in("title-abbreviations", word);
    }

    public boolean isRoleWord(String word) {
        Set<String> roles = sections.get("role-words");
        if (roles.contains(word)) return true;
        if (hasAccentedLetter(word)) return false;
        String f = Fold.fold(word);
        return roles.contains(f) || f.endsWith("-year-old") && AGE.matcher(f).matches();
    }

    public boolean isGroupHead(String word) {
        return in("group-heads", word);
    }

    public boolean isOrgHead(String word) {
        return in("org-heads", word);
    }

    public boolean isNotName(String word) {
        return in("not-names", word);
    }

    /**
     * The word lists are English: a word written with accented letters is not one of their words even when it
     * folds to one — "Tô" (a Vietnamese family name) is not "to", "Lê" is not "le".
     */
    private boolean in(String section, String word) {
        Set<String> set = sections.get(section);
        return set.contains(word) || !hasAccentedLetter(word) && set.contains(Fold.fold(word));
    }

    private static boolean hasAccentedLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 0x7F && Character.isLetter(c)) return true;
        }
        return false;
    }

    /** The agency as usually written, when {@code name} is a known news agency; else null. */
    public String agency(String name) {
        return agencies.get(Fold.key(name));
    }

    /** Cue forms that start with this (folded) word, longest first. */
    public List<Cue> cuesStartingWith(String foldedWord) {
        return cuesByFirstWord.getOrDefault(foldedWord, List.of());
    }
}
