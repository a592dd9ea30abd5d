package readout.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.lexicon.Lexicon;
import readout.text.Fold;
import readout.text.Span;
import readout.text.Token;

/**
 * Resolves the words before a cue ("He", "Trọng", "the Cuban leader", "The two leaders", "the Foreign
 * Office", "Pakistan") to people, an organization or a country, using what the story has said so far.
 * One per extraction: it carries the discourse state (who spoke last, which groups were named).
 */
final class Resolver {
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "both");
    private static final Set<String> GENERIC = Set.of("authorities", "officials", "witnesses", "analysts", "sources",
            "residents", "observers", "experts", "organizers", "organisers", "reports", "outlets", "spokeswoman",
            "spokesman", "spokesperson", "prosecutors", "investigators", "critics", "protesters", "activists", "diplomats",
            "family", "relatives", "lawyers", "lawyer");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "with", "under");
    private static final Set<String> RECORD_NOUNS = Set.of("documents", "records", "filings", "papers", "report", "data");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> LEADING = Set.of("and", "but", "while", "meanwhile", "however", "also", "then",
            "finally", "so", "yet", "moreover", "furthermore", "now", "later", "earlier");
    private static final Set<String> ORG_SPEAKER_HEADS = Set.of("ministry", "office", "police", "agency", "department",
            "government", "embassy", "council", "committee", "commission", "statement", "declaration", "spokesperson",
            "spokesman", "spokeswoman", "service", "administration", "secretariat", "parliament", "assembly", "party",
            "court", "army", "military", "cabinet", "presidency", "palace", "kremlin", "pentagon", "bureau", "authority",
            "union", "organization", "organisation", "news", "communique", "communiqué", "forces", "delegation",
            // documents speak too (GUIDELINE rule 4): "the indictment claims", "a study found", "the lawsuit alleges"
            // ("ruling", "letter" were tried and left out: "the ruling party", "a letter to regulators")
            "indictment", "lawsuit", "complaint", "judgment", "verdict", "study", "survey", "poll", "filing", "affidavit");

    private static final int GROUP_LOOKBACK = 40;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "miss", "madam", "dame", "lord", "lady");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "some", "several", "many", "two", "three", "other");
    private final Cast cast;
    private final Lexicon lex;
    private final String homeCountry;
    private int currentSentence;
    private String currentPlace;
    private int placeSentence = -1;
    private final Map<String, Integer> orgSentence = new HashMap<>();
    private Ref lastPlural;
    private final List<List<Person>> groups = new ArrayList<>();   // per sentence: people named together
    private final Set<Person> speakers = new LinkedHashSet<>();
    private final Map<String, String> lastOrgByHead = new HashMap<>();
    private final Map<String, Set<String>> orgAliases = new HashMap<>();
    /** People last in view, most recent first: "she" skips a man named since, by what the article says of them. */
    private final List<Person> recent = new ArrayList<>();
    private static final int RECENT = 4;
    private NamedOrganizations organizationsByName;

    Resolver(Cast cast, String homeCountry) {
        this.cast = cast;
        this.lex = cast.lexicon();
        this.homeCountry = homeCountry;
    }

    Map<String, Set<String>> organizations() {
        return orgAliases;
    }

    /** The people each sentence names, all known before reading, so "Two lawmakers ..." can look ahead too. */
    void prepare(List<List<Token>> sentences) {
        organizationsByName = new NamedOrganizations(lex, sentences);
        for (List<Token> toks : sentences) {
            List<Person> named = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                Cast.Match m = cast.nameAt(toks, i);
                if (m == null) continue;
                boolean possessive = m.end() < toks.size() && toks.get(m.end()).possessive();
                if (m.person() != null && !possessive && !named.contains(m.person())) named.add(m.person());
                i = m.end() - 1;
            }
            groups.add(named);
        }
    }

    /** Called once per sentence, in order, before its cues. */
    void enterSentence(int sentence, List<Token> toks) {
        currentSentence = sentence;
        // "In Portland, Oregon, police declared ...": the place a passage is about qualifies its bare "police".
        if (toks.size() > 2 && toks.get(0).is("in") && toks.get(1).capitalized() && cast.nameAt(toks, 1) == null) {
            int e = 1;
            while (e < toks.size() && toks.get(e).capitalized()) e++;
            if (e < toks.size() && toks.get(e).text().equals(",")) {
                currentPlace = textOf(toks, 1, e);
                placeSentence = sentence;
            }
        }
        // Organizations named with a place ("Oakland police") stand for later bare mentions ("police").
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token t = toks.get(i + 1);
            if (t.word() && ORG_SPEAKER_HEADS.contains(t.key()) && toks.get(i).capitalized()) {
                String label = orgLabel(toks, i + 1, i + 2);
                if (label != null) {
                    lastOrgByHead.put(t.key(), label);
                    orgSentence.put(t.key(), sentence);
                }
            }
        }
    }

    /** The person last in view: the subject or speaker last noted. */
    private Person lastSingular() {
        return recent.isEmpty() ? null : recent.get(0);
    }

    /** The most recent person "he" or "she" can be: one whose gender the article gives otherwise is passed over. */
    private Person byPronoun(char gender) {
        char other = gender == Genders.MALE ? Genders.FEMALE : Genders.MALE;
        for (Person p : recent) if (p.gender != other) return p;
        // "The first witness was Major-Gen X, who ... . He said ...": the one person the last sentence named, though
        // not as its subject
        if (currentSentence > 0 && currentSentence - 1 < groups.size()) {
            List<Person> last = groups.get(currentSentence - 1);
            if (last.size() == 1 && last.get(0).gender != other) return last.get(0);
        }
        // none of those in view fits: the last one named in the last sentences whom the article gives that gender
        for (int s = Math.min(currentSentence, groups.size() - 1); s >= Math.max(0, currentSentence - 3); s--) {
            List<Person> named = groups.get(s);
            for (int i = named.size() - 1; i >= 0; i--) if (named.get(i).gender == gender) return named.get(i);
        }
        return null;
    }

    /** After a sentence with no speaker, a person opening it is still who "he" means next. */
    void noteSubject(Ref r) {
        if (r == null) return;
        if (r.single()) {
            Person p = r.people().get(0);
            recent.remove(p);
            recent.add(0, p);
            if (recent.size() > RECENT) recent.remove(recent.size() - 1);
        } else if (r.plural()) lastPlural = r;
    }

    void noteSpeaker(Ref r) {
        if (r == null) return;
        noteSubject(r);
        speakers.addAll(r.people());
    }

    /**
     * Resolves tokens [from, to) of a sentence as the subject of a cue. {@code elsewhere} are people named in
     * the sentence outside this range (a role noun never means the person it addresses).
     */
    Ref resolve(List<Token> toks, int from, int to, int sentence, Set<Person> elsewhere) {
        while (from < to && (LEADING.contains(toks.get(from).key()) || toks.get(from).text().equals(","))) from++;
        from = afterOpeningAdjunct(toks, from, to);
        while (to > from && !toks.get(to - 1).word()) to--;
        // a time between subject and verb is not part of the subject: "Pakistan and Afghanistan on Sunday agreed"
        if (to - from >= 2 && WEEKDAYS.contains(toks.get(to - 1).key())) to -= toks.get(to - 2).is("on") ? 2 : 1;
        else if (to - from >= 2 && (toks.get(to - 1).is("today") || toks.get(to - 1).is("yesterday"))) to--;
        if (from >= to) return null;
        // Coordinated subjects: "President Biden and Prime Minister Chinh", "Berman and Chabot".
        List<int[]> parts = splitCoordination(toks, from, to, false);
        if (parts.size() > 1) {
            List<Ref> refs = resolveParts(toks, parts, sentence, elsewhere);
            return refs == null ? null : Ref.join(refs).at(spanOf(toks, from, to));
        }
        // "Host and guest", "Prime minister Lang and vice president Ortiz": parts led by a role word are two people
        // only when each is someone different; "the chief executive and chairman" stays one
        parts = splitCoordination(toks, from, to, true);
        List<Ref> roleRefs = parts.size() > 1 ? resolveParts(toks, parts, sentence, elsewhere) : null;
        if (roleRefs != null && distinctPeople(roleRefs)) return Ref.join(roleRefs).at(spanOf(toks, from, to));
        Ref one = resolveOne(toks, from, to, sentence, elsewhere);
        // "the chairman and chief executive": two roles of one person
        if (one == null && roleRefs != null && samePerson(roleRefs)) one = roleRefs.get(0);
        return one == null ? null : one.at(spanOf(toks, from, to));
    }

    private List<Ref> resolveParts(List<Token> toks, List<int[]> parts, int sentence, Set<Person> elsewhere) {
        List<Ref> refs = new ArrayList<>();
        for (int n = 0; n < parts.size(); n++) {
            int[] p = parts.get(n);
            Ref r = n + 1 < parts.size() ? elidedCountry(toks, p, parts.get(n + 1)) : null;
            if (r == null) r = resolveOne(toks, p[0], p[1], sentence, elsewhere);
            if (r == null) r = side(toks, p[0], p[1]);
            if (r == null) return null;
            refs.add(r);
        }
        return refs;
    }

    private static boolean distinctPeople(List<Ref> refs) {
        Set<Person> seen = new HashSet<>();
        for (Ref r : refs) {
            if (!r.single() || !seen.add(r.people().get(0))) return false;
        }
        return true;
    }

    private static boolean samePerson(List<Ref> refs) {
        for (Ref r : refs) if (!r.single() || r.people().get(0) != refs.get(0).people().get(0)) return false;
        return true;
    }

    private static Span spanOf(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }

    private static Ref by(Ref r, String rule) {
        return r == null ? null : r.by(rule);
    }

    /**
     * "the north and the south", "the union and the management": in a coordination, a side named by "the" and one
     * common noun is a party as written (GUIDELINE rule 8), though no pass knows who it is.
     */
    private static Ref side(List<Token> toks, int from, int to) {
        // "more than a dozen other countries": the rest of a list, a plural of common words
        Token last = toks.get(to - 1);
        boolean plural = last.isNoun() && !last.lemma().equals(last.key());
        if (plural && to - from <= 7 && !toks.get(from).capitalized()) {
            for (int k = from; k < to; k++) if (!toks.get(k).word() || toks.get(k).capitalized()) return null;
            return Ref.label(textOf(toks, from, to)).by("side");
        }
        if (to - from != 2 || !toks.get(from).is("the")) return null;
        Token noun = toks.get(to - 1);
        if (!noun.word() || noun.capitalized() || noun.isTagged() && !noun.isNoun() && noun.pos() != readout.text.Pos.ADJ) {
            return null;
        }
        return Ref.label("the " + noun.text()).by("side"); // "The north" opening a sentence is the same side
    }

    /**
     * "During the meeting the Prime Minister noted": an opening prepositional phrase with no comma after it is no
     * part of the subject; the subject starts at the article or name after its noun.
     */
    private static int afterOpeningAdjunct(List<Token> toks, int from, int to) {
        if (from >= to || !ADJUNCT_PREPOSITIONS.contains(toks.get(from).key())) return from;
        for (int k = from + 2; k < Math.min(to - 1, from + 6); k++) {
            Token before = toks.get(k - 1);
            boolean nounBefore = before.word() && !before.capitalized() && !before.is("the") && !before.is("a");
            if (nounBefore && (toks.get(k).is("the") || toks.get(k).capitalized())) return k;
        }
        return from;
    }

    /** "South and North Korea": a lone word completed by the last word of the next country ("South Korea"). */
    private Ref elidedCountry(List<Token> toks, int[] part, int[] next) {
        int from = part[0];
        if (from < part[1] && toks.get(from).is("the")) from++;
        if (part[1] - from != 1 || next[1] - next[0] < 2) return null;
        String country = lex.country(toks.get(from).text() + " " + toks.get(next[1] - 1).text());
        return country == null ? null : Ref.label(country).by("country");
    }

    /** Parts of a coordinated subject; with {@code roles}, a lower-case role word after "and" starts a part too. */
    private List<int[]> splitCoordination(List<Token> toks, int from, int to, boolean roles) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        boolean inList = false;
        int lastAnd = -1; // where the list's last "and" stands: a comma before it parts the list (found once, not per comma)
        for (int k = from; k < to; k++) if (toks.get(k).is("and")) lastAnd = k;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            boolean nextRole = roles && i + 1 < to && t.is("and") && (lex.isRoleWord(toks.get(i + 1).key()) || lex.isTitle(toks.get(i + 1).key()));
            boolean nextNamed = nextRole || i + 1 < to && (toks.get(i + 1).capitalized()
                    || (toks.get(i + 1).is("the") || toks.get(i + 1).is("his") || toks.get(i + 1).is("her"))
                    && i + 2 < to && (toks.get(i + 2).capitalized() || lex.isRoleWord(toks.get(i + 2).key())));
            // "the north and the south": two sides of the same shape
            boolean sides = t.is("and") && i - start == 2 && toks.get(start).is("the") && to - (i + 1) == 2
                    && toks.get(i + 1).is("the");
            // "Britain, France and Germany": a list's commas part its names as "and" does
            boolean listComma = t.text().equals(",") && nextNamed && lastAnd > i;
            if (listComma) {
                parts.add(new int[] {start, i});
                start = i + 1;
                inList = true;
                continue;
            }
            // and the list's last "and" parts its last item, named or not ("..., Russia and more than a dozen others")
            if ((t.is("and") || t.text().equals("&")) && i > from && (nextNamed || sides || inList && t.is("and"))
                    && !(toks.get(i + 1).capitalized() && isOrgContinuation(toks, i, to))) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    /** "Foreign & Commonwealth Office", "Ways and Means": an "and" inside an organization's name. */
    private boolean isOrgContinuation(List<Token> toks, int andIndex, int to) {
        // "The United Nations and European Union": what stands before "and" is an organization or country of its own
        Token before = toks.get(andIndex - 1);
        if (before.capitalized() && (lex.isOrgHead(before.key()) || lex.country(before.text()) != null)) return false;
        // "Schumer and Senate Minority Leader Mitch McConnell": a titled person, not "Senate ..." continuing a name
        for (int j = andIndex + 1; j < to && toks.get(j).capitalized(); j++) {
            if (cast.nameAt(toks, j) != null) return false;
        }
        for (int j = andIndex + 1; j < to; j++) {
            Token t = toks.get(j);
            if (!t.capitalized()) return false;
            if (lex.isOrgHead(t.key()) && !lex.isTitle(t.key())) return cast.nameAt(toks, andIndex + 1) == null;
        }
        return false;
    }

    private Ref resolveOne(List<Token> toks, int from, int to, int sentence, Set<Person> elsewhere) {
        Token first = toks.get(from);
        String k = first.key();
        int len = to - from;
        // Pronouns.
        if (len == 1 && (k.equals("he") || k.equals("she"))) {
            Person p = byPronoun(k.equals("he") ? Genders.MALE : Genders.FEMALE);
            return p == null ? null : Ref.person(p).by(p == lastSingular() ? "pronoun" : recent.contains(p) ? "pronoun-gender" : "pronoun-last-named");
        }
        if (len == 1 && k.equals("they")) return by(pluralRef(0, sentence, null, false), "pronoun");
        // "The latter also said ...", "the former": of the last pair of people named together.
        if (len == 2 && k.equals("the") && (toks.get(from + 1).is("latter") || toks.get(from + 1).is("former"))) {
            for (int s = Math.min(sentence, groups.size()) - 1; s >= Math.max(0, sentence - GROUP_LOOKBACK); s--) {
                List<Person> g = groups.get(s);
                if (g.size() >= 2) return Ref.person(toks.get(from + 1).is("latter") ? g.get(g.size() - 1) : g.get(0)).by("latter-former");
            }
            return null;
        }
        if (len == 1 && k.equals("it")) return organizationsByName == null ? null : organizationsByName.described(toks, from, to, sentence);
        if (k.equals("i") || k.equals("we") || k.equals("you") || k.equals("this") || k.equals("which")
                || k.equals("who") || k.equals("that")) return null;
        // A named person: the name may follow a title ("Prime Minister of Malaysia Anwar Ibrahim on Monday").
        for (int i = from; i < to; i++) {
            Cast.Match m = cast.nameAt(toks, i);
            if (m != null) {
                if (m.end() < toks.size() && toks.get(m.end()).possessive()) break; // "Cuba's", "Biden's"
                Person p = m.person() != null ? m.person() : pick(m.candidates());
                return p == null ? null : Ref.person(p).by(m.person() != null ? "name" : "surname-in-context");
            }
            Token t = toks.get(i);
            // titles before a name: "Prime Minister of Malaysia", "his Australian counterpart", "foreign ministry spokesman"
            boolean titleish = t.capitalized() || t.is("of") || t.is("for") || t.is("the") || t.is("and") || t.is("to") || !t.word() || t.possessive()
                    || t.is("his") || t.is("her") || t.is("their") || lex.isRoleWord(t.key()) || lex.isTitle(t.key())
                    || lex.isOrgHead(t.key()) || lex.isDemonym(t.key()) || t.key().equals("newly-elected");
            if (!titleish) break;
        }
        // A name closing a noun phrase of its own descriptive words: "asbestosis sufferer Bernie Banton",
        // "defense attorney David Bruck" (words no title list holds), or an opening participle phrase
        Ref namedLast = describedName(toks, from, to);
        if (namedLast != null) return namedLast;
        // The event itself speaks or signs for everyone in it: "The meeting adopted ...", "The talks stressed ...".
        if (len <= 3 && (toks.get(to - 1).is("meeting") || toks.get(to - 1).is("talks") || toks.get(to - 1).is("summit")
                || toks.get(to - 1).is("conference") || toks.get(to - 1).is("session")) && (first.is("the") || first.is("this"))) {
            return cast.people.size() >= 2 ? Ref.people(cast.people).by("event") : null;
        }
        // Groups: "The two leaders", "both sides", "the five ministers", "The foreign leaders", "The FMs".
        int i = from;
        boolean determined = toks.get(i).is("the") || toks.get(i).is("all");
        if (determined) i++;
        int count = 0;
        if (i < to && NUMBERS.contains(toks.get(i).key())) {
            count = toks.get(i).key().equals("both") ? 2 : number(toks.get(i).key());
            i++;
            // "The two also discussed ...", "Both agreed": a number with no noun is the group it counts
            if (i >= to && (determined || count == 2) && count >= 2) return by(pluralRef(count, sentence, null, false, elsewhere), "group");
        }
        boolean foreign = false;
        while (i < to && toks.get(i).word() && !lex.isGroupHead(toks.get(i).key())
                && (toks.get(i).key().equals("foreign") || toks.get(i).key().equals("visiting") || isAdjective(toks.get(i))
                || toks.get(i).allCaps() && toks.get(i).key().length() >= 2 // an acronym: "the two NA leaders"
                || lex.isDemonym(toks.get(i).key()) || lex.isTitle(toks.get(i).key()))) {
            if (toks.get(i).key().equals("foreign")) foreign = true;
            i++;
        }
        // "officials", "EU officials" with no article or number are sources in general, not the people in the story
        boolean bareGeneric = !determined && count == 0 && i < to && GENERIC.contains(toks.get(i).key());
        if (!bareGeneric && i < to && lex.isGroupHead(toks.get(i).key()) && i + 1 >= to - 0) {
            return by(pluralRef(count, sentence, toks.get(i).key(), foreign, elsewhere), "group");
        }
        if (!bareGeneric && i < to && lex.isGroupHead(toks.get(i).key()) && onlyAdjunctsAfter(toks, ofPhraseEnd(toks, i + 1, to), to)) {
            return by(pluralRef(count, sentence, toks.get(i).key(), foreign, elsewhere), "group");
        }
        // Role nouns: "the Cuban leader", "The Vietnamese Party chief", "The PM", "his Kyrgyz counterpart".
        Ref role = roleNoun(toks, from, to, elsewhere);
        if (role != null) return role.by("role-noun");
        // Organizations, countries, generic sources.
        if (organizationsByName == null) return by(orgOrCountry(toks, from, to), "organization");
        if (len == 2 && !lastOrgByHead.containsKey(toks.get(to - 1).key())) {
            Ref described = organizationsByName.described(toks, from, to, sentence);
            if (described != null) return described;
        }
        Ref org = orgOrCountry(toks, from, to);
        if (org == null) org = organizationsByName.named(toks, from, to, sentence);
        if (org == null) return null;
        if (org.isLabel() && !"country".equals(org.how()) && !"generic-source".equals(org.how())) {
            organizationsByName.note(org.label(), sentence);
            orgAliases.computeIfAbsent(org.label(), x -> new LinkedHashSet<>()).add(textOf(toks, from, to));
        }
        return by(org, "organization");
    }

    private static final Set<String> NOT_MODIFIERS = Set.of("of", "to", "by", "with", "for", "from", "in", "on", "at", "who",
            "which", "that", "and", "or", "but", "is", "was", "are", "were", "has", "had", "have", "said", "says");

    private Ref describedName(List<Token> toks, int from, int to) {
        // "Leaving a Brussels summit Mr Blair said": an opening participle phrase with no comma before the name
        boolean participle = toks.get(from).capitalized() && toks.get(from).key().endsWith("ing") && toks.get(from).key().length() > 4;
        for (int i = from + 1; i < to && i - from <= (participle ? 8 : 5); i++) {
            Token t = toks.get(i - 1);
            boolean capitalOk = lex.isTitle(t.key()) || lex.isDemonym(t.key()) || participle; // "Palestinian negotiator Saeb Erekat"
            if (!t.word() && !t.text().equals("-") || t.capitalized() && !capitalOk || NOT_MODIFIERS.contains(t.key())) return null;
            Cast.Match m = cast.nameAt(toks, i);
            if (m != null && m.end() == to && m.person() != null) return Ref.person(m.person()).by("name");
        }
        return null;
    }

    private static boolean hasClauseWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isVerb() || t.isAuxiliary() || t.isPronoun() || t.pos() == readout.text.Pos.SCONJ) return true;
        }
        return false;
    }

    private static boolean isAdjective(Token t) {
        return t.word() && !t.capitalized() && (t.key().endsWith("al") || t.key().endsWith("ial") || t.key().equals("influential")
                || t.key().equals("senior") || t.key().equals("top") || t.key().equals("visiting") || t.key().equals("us")
                || t.key().endsWith("ing"));
    }

    /**
     * After a group head, the end of its "of" complement: "heads of state", "leaders of the two countries",
     * "foreign ministers of Vietnam and Laos" (at most five words, up to an adjunct); {@code from} when there is none.
     */
    private int ofPhraseEnd(List<Token> toks, int from, int to) {
        if (from >= to || !toks.get(from).is("of")) return from;
        int k = from + 1;
        for (int n = 0; k < to && n < 5 && toks.get(k).word() && !onlyAdjunctsAfter(toks, k, to); n++) k++;
        return k;
    }

    private boolean onlyAdjunctsAfter(List<Token> toks, int from, int to) {
        if (from >= to) return true;
        Token t = toks.get(from);
        return t.is("during") || t.is("in") || t.is("on") || t.is("at") || t.is("also") || t.is("later") || t.is("then")
                || t.is("earlier") || t.is("after") || t.is("for") || t.is("with");
    }

    private static int number(String k) {
        return switch (k) {
            case "two", "2" -> 2;
            case "three", "3" -> 3;
            case "four", "4" -> 4;
            case "five", "5" -> 5;
            case "six", "6" -> 6;
            case "seven", "7" -> 7;
            case "eight", "8" -> 8;
            case "nine", "9" -> 9;
            case "ten", "10" -> 10;
            default -> 0;
        };
    }

    private Person pick(List<Person> candidates) {
        Person last = lastSingular();
        if (last != null && candidates.contains(last)) return last;
        for (Person s : speakers) if (candidates.contains(s)) return s;
        return null;
    }

    /** A group: by number, speakers so far, the people last named together, or everyone. */
    Ref pluralRef(int count, int sentence, String head, boolean foreign) {
        return pluralRef(count, sentence, head, foreign, Set.of());
    }

    /**
     * As above; {@code addressed} are people named elsewhere in the sentence ("urged Blinken"), who are not in the group
     * even when named with it later ("In a letter to Blinken, McGovern and Levin said").
     */
    Ref pluralRef(int count, int sentence, String head, boolean foreign, Set<Person> addressed) {
        List<Person> pick = null;
        if (count == 0 && lastPlural != null && !lastPlural.isLabel()) pick = lastPlural.people();
        if (pick == null && count > 0 && speakers.size() == count) pick = new ArrayList<>(speakers);
        if (pick == null) {
            // A group named long ago is not who "they" are now; the bound also keeps long texts linear.
            for (int s = Math.min(sentence, groups.size() - 1); s >= Math.max(0, sentence - GROUP_LOOKBACK) && pick == null; s--) {
                List<Person> g = groups.get(s);
                if (g.size() >= 2 && (count == 0 || g.size() == count)) pick = g;
            }
        }
        if (pick == null && count == 0 && speakers.size() >= 2) pick = new ArrayList<>(speakers);
        if (pick == null) {
            // Cataphora: "Two influential US lawmakers have applauded ..." names them later.
            for (int s = sentence + 1; s < Math.min(groups.size(), sentence + GROUP_LOOKBACK) && pick == null; s++) {
                List<Person> g = new ArrayList<>(groups.get(s));
                g.removeAll(addressed);
                if (g.size() >= 2 && (count == 0 || g.size() == count)) pick = g;
            }
        }
        if (pick == null && (count == 0 ? cast.people.size() >= 2 : cast.people.size() == count)) pick = cast.people;
        if (pick == null) return null;
        List<Person> out = new ArrayList<>(pick);
        if (foreign && homeCountry != null) {
            List<Person> f = new ArrayList<>();
            for (Person p : out) if (p.country != null && !p.country.equals(homeCountry)) f.add(p);
            if (!f.isEmpty()) out = f;
        }
        if (head != null && (head.equals("ministers") || head.equals("fms"))) {
            List<Person> f = new ArrayList<>();
            for (Person p : out) if (p.role != null && Fold.fold(p.role).matches(".*\\b(minister|fm)s?\\b.*")) f.add(p);
            if (f.size() >= 2) out = f;
        }
        // Joint speakers are listed in the order the story introduced them.
        out.sort(java.util.Comparator.comparingInt((Person p) -> p.firstOffset));
        return out.size() >= 2 ? Ref.people(out) : out.size() == 1 ? Ref.person(out.get(0)) : null;
    }

    /** "[the|his|her] [demonym] [Party] role" resolved by country and role. */
    private Ref roleNoun(List<Token> toks, int from, int to, Set<Person> elsewhere) {
        int i = from;
        if (toks.get(i).is("the") || toks.get(i).is("his") || toks.get(i).is("her") || toks.get(i).is("its")) i++;
        String country = null;
        // "the city's police chief", "Cuba's leader": a possessive before the role (a country there says whose)
        if (i + 1 < to && toks.get(i).word() && toks.get(i + 1).possessive() && cast.nameAt(toks, i) == null) {
            country = lex.country(toks.get(i).text());
            i += 2;
        }
        List<String> roleWords = new ArrayList<>();
        int end = i;
        for (; end < to; end++) {
            Token t = toks.get(end);
            if (!t.word()) break;
            if (roleWords.isEmpty() && lex.isDemonym(t.key())) {
                country = lex.country(t.text());
                continue;
            }
            if (roleWords.isEmpty() && end + 1 < to && lex.country(t.text() + " " + toks.get(end + 1).text()) != null) {
                country = lex.country(t.text() + " " + toks.get(end + 1).text());
                end++;
                continue;
            }
            if (t.key().equals("party") || t.key().equals("top") || t.key().equals("newly-elected")) continue;
            // a noun naming the field of the role: "police chief", "defense minister"
            boolean modifier = !t.capitalized() && end + 1 < to && toks.get(end + 1).word()
                    && (lex.isTitle(toks.get(end + 1).key()) || lex.isRoleWord(toks.get(end + 1).key()));
            if (lex.isTitle(t.key()) || lex.isRoleWord(t.key()) || modifier || (!roleWords.isEmpty() && (t.is("of") || t.is("state")))
                    || t.capitalized() && cast.nameAt(toks, end) == null && lex.country(t.text()) == null) {
                roleWords.add(t.key());
                continue;
            }
            break;
        }
        while (!roleWords.isEmpty() && !(lex.isTitle(roleWords.get(roleWords.size() - 1)) || lex.isRoleWord(roleWords.get(roleWords.size() - 1)))) {
            roleWords.remove(roleWords.size() - 1);
            end--;
        }
        if (roleWords.isEmpty()) return null;
        if (end < to && !onlyAdjunctsAfter(toks, end, to)) return null;
        String head = roleWords.get(roleWords.size() - 1);
        List<Person> cands = new ArrayList<>();
        for (Person p : cast.people) {
            if (elsewhere.contains(p)) continue;
            String pc = p.country != null ? p.country : homeCountry;
            if (country != null && !country.equals(pc)) continue;
            if (!roleMatches(p, roleWords, head)) continue;
            cands.add(p);
        }
        if (cands.isEmpty() && country != null) {
            // "The French minister" when the only French person is called a counterpart: the nationality decides
            for (Person p : cast.people) {
                if (!elsewhere.contains(p) && country.equals(p.country)) cands.add(p);
            }
            if (cands.size() != 1) cands.clear();
        }
        List<Person> introduced = new ArrayList<>();
        for (Person p : cands) if (p.firstSentence <= currentSentence) introduced.add(p);
        if (!introduced.isEmpty()) cands = introduced;
        // "the host" is of the country the story is told from (its dateline), "the guest" or "the visitor" of another
        if (cands.size() > 1 && homeCountry != null && (head.equals("host") || head.equals("guest") || head.equals("visitor"))) {
            List<Person> side = new ArrayList<>();
            for (Person p : cands) {
                String pc = p.country != null ? p.country : homeCountry;
                if (pc.equals(homeCountry) == head.equals("host")) side.add(p);
            }
            if (!side.isEmpty()) cands = side;
        }
        if (cands.size() > 1) {
            // "the city's police chief" when several people fit a generic head: the one whose title has the word
            List<Person> titled = new ArrayList<>();
            for (Person p : cands) if (p.role != null && (" " + Fold.key(p.role) + " ").contains(" " + head + " ")) titled.add(p);
            if (titled.size() == 1) cands = titled;
        }
        Person hit = null;
        if (cands.size() == 1) hit = cands.get(0);
        else if (cands.size() > 1) hit = pick(cands);
        if (hit == null) return null;
        if (!(roleWords.size() == 1 && HONORIFICS.contains(head))) hit.alias(textOf(toks, from, end)); // not a bare "Mr"
        return Ref.person(hit);
    }

    private boolean roleMatches(Person p, List<String> roleWords, String head) {
        // Role nouns that fit anyone in office: the country (or the story's focus) decides who is meant.
        if (head.equals("leader") || head.equals("chief") || head.equals("counterpart") || head.equals("host")
                || head.equals("guest") || head.equals("head") || head.equals("official") || head.equals("visitor")
                || head.equals("diplomat") || head.equals("envoy") || head.equals("statesman")) {
            return true;
        }
        if (p.role == null) return false;
        String role = " " + Fold.key(p.role) + " ";
        String expanded = String.join(" ", roleWords).replace("pm", "prime minister").replace("fm", "foreign minister");
        if (role.contains(" " + expanded + " ") || role.contains(" " + expanded + "s ")) return true;
        if (roleWords.size() > 1 && !roleWords.get(0).equals("foreign") && !isModifierOnly(roleWords)) return false;
        if (head.equals("pm") || head.equals("premier")) {
            return role.contains(" prime minister ") || role.contains(" pm ") || role.contains(" premier ");
        }
        if (head.equals("fm")) return role.contains(" foreign minister") || role.contains(" fm ");
        return role.contains(" " + head + " ") || role.contains(" " + head + "s ");
    }

    /** "Party chief", "top leader": only the last word names the role. */
    private boolean isModifierOnly(List<String> roleWords) {
        for (int i = 0; i < roleWords.size() - 1; i++) {
            if (lex.isTitle(roleWords.get(i)) || lex.isRoleWord(roleWords.get(i))) return false;
        }
        return true;
    }

    private Ref orgOrCountry(List<Token> toks, int from, int to) {
        // Trim adjuncts after the head ("the Foreign Office said" has none; "police said in a statement" is cut by the caller).
        // An adjunct is no speaker: "In a statement, the family said".
        if (ADJUNCT_PREPOSITIONS.contains(toks.get(from).key())) return null;
        int i = from;
        boolean definite = toks.get(i).is("the") || toks.get(i).is("a") || toks.get(i).is("an");
        if (definite) i++;
        // Country as speaker: "Pakistan", "The Pakistan side", "the Vietnamese side".
        int end = to;
        if (end - 1 > i && (toks.get(end - 1).is("side") || toks.get(end - 1).is("delegation"))) end--;
        String span = textOf(toks, i, end);
        String country = lex.country(span);
        if (country != null && end - i <= 3) {
            String label = country;
            orgAliases.computeIfAbsent(label, x -> new LinkedHashSet<>()).add(textOf(toks, from, to));
            return Ref.label(label).by("country");
        }
        // "Beijing has warned", "Washington and Moscow agreed": a capital speaking is its government, named as written
        // (GUIDELINE rule 8: countries and sides as written)
        if (!definite && end - i <= 2 && lex.countryOfCapital(span) != null) {
            orgAliases.computeIfAbsent(span, x -> new LinkedHashSet<>()).add(textOf(toks, from, to));
            return Ref.label(span).by("capital");
        }
        if (end - i <= 3) {
            for (int h = i; h < end; h++) {
                if (GENERIC.contains(toks.get(h).key()) && !toks.get(h).capitalized()) {
                    // "Some witnesses", "a spokeswoman": the source, without the determiner
                    int g = from;
                    while (g < h && DETERMINERS.contains(toks.get(g).key())) g++;
                    return Ref.label(textOf(toks, g, to)).by("generic-source");
                }
            }
        }
        for (int h = i; h < to; h++) {
            Token t = toks.get(h);
            if (!t.word() || !ORG_SPEAKER_HEADS.contains(t.key())) continue;
            if (isSpokesperson(t) && h + 2 < to && (toks.get(h + 1).is("for") || toks.get(h + 1).is("of") || toks.get(h + 1).is("at"))) {
                // "A spokesperson for the governor's office": the office speaks through them
                Ref through = orgOrCountry(toks, h + 2, to);
                if (through != null) return through;
            }
            String label = orgLabel(toks, h, to);
            int by = h + 1;
            // "a statement issued by the PM Office", "a statement released by ..."
            if (by + 1 < to && (toks.get(by).is("issued") || toks.get(by).is("released") || toks.get(by).is("published"))) by++;
            if ((t.is("statement") || t.is("declaration") || t.is("communique") || t.is("communiqué")) && by + 1 < to
                    && (toks.get(by).is("from") || toks.get(by).is("of") || toks.get(by).is("by"))) {
                // "a statement from the Foreign Ministry": the ministry speaks through it
                int a = by + 1;
                if (toks.get(a).is("the") && a + 1 < to) a++;
                int b = a;
                while (b < to && (toks.get(b).capitalized() || toks.get(b).text().equals("&"))) b++;
                if (b > a) {
                    label = textOf(toks, a, b);
                    lastOrgByHead.put(t.key(), label); // "..., the statement said" later is the same office's
                }
            }
            if (label == null) {
                label = lastOrgByHead.get(t.key());
                boolean placeIsNewer = currentPlace != null && placeSentence > orgSentence.getOrDefault(t.key(), -1);
                if ((label == null || placeIsNewer) && currentPlace != null && t.key().equals("police")) {
                    label = currentPlace + " " + t.text().toLowerCase(java.util.Locale.ROOT);
                }
                // "court documents", "police records": the papers speak, named with what they are
                int hEnd = h + 1 < to && RECORD_NOUNS.contains(toks.get(h + 1).key()) ? h + 2 : h + 1;
                // the words before the head must be a noun phrase: "if you have a news tip", "she's defending ... her
                // party" are clauses (the tagger is sure of verbs and pronouns, the common words)
                if (label == null && hasClauseWord(toks, i, h)) return null;
                if (label == null) label = textOf(toks, i, hEnd);
            }
            orgAliases.computeIfAbsent(label, x -> new LinkedHashSet<>()).add(textOf(toks, from, to));
            return Ref.label(label);
        }
        if (end - i <= 3) {
            for (int h = i; h < end; h++) {
                if (GENERIC.contains(toks.get(h).key())) return Ref.label(textOf(toks, from, to).toLowerCase(java.util.Locale.ROOT)).by("generic-source");
            }
        }
        // A capitalized name we did not see as a person (a newspaper, an agency): "Yonhap News Agency".
        // ("The United Nations", "the World Bank": an article before a name that ends in an organization's word)
        if ((!definite || lex.isOrgHead(toks.get(end - 1).key())) && i < end && toks.get(i).capitalized() && end - i <= 5) {
            boolean allCap = true;
            for (int h = i; h < end; h++) if (!toks.get(h).capitalized() && !toks.get(h).is("of")) allCap = false;
            if (allCap && (lex.agency(span) != null || lex.isOrgHead(toks.get(end - 1).key()))) return Ref.label(span);
        }
        return null;
    }

    /** "the Uzbek Foreign Ministry’s press service" -> "Uzbek Foreign Ministry"; "Oakland police" -> "Oakland police". */
    private static boolean isSpokesperson(Token t) {
        return t.is("spokesperson") || t.is("spokesman") || t.is("spokeswoman");
    }

    private String orgLabel(List<Token> toks, int head, int to) {
        Token h = toks.get(head);
        int s = head;
        while (s > 0 && (toks.get(s - 1).capitalized() || toks.get(s - 1).text().equals("&")) && !lex.isNotName(toks.get(s - 1).key())) s--;
        int e = head + 1;
        while (e < to && toks.get(e).capitalized() && lex.isOrgHead(toks.get(e).key())) e++;
        // the rest of a capitalized name: "Oakland Police Officers' Association"
        if (h.capitalized()) {
            int x = e;
            while (x < to && (toks.get(x).capitalized() || toks.get(x).possessive() && x + 1 < to && toks.get(x + 1).capitalized())) x++;
            if (x > e && lex.isOrgHead(toks.get(x - 1).key())) e = x;
        }
        // "the Ministry's press service": the organization is before the possessive.
        if (h.key().equals("service") || isSpokesperson(h)) {
            int p = head - 1;
            while (p >= 0 && !toks.get(p).word()) p--;
            if (p > 0 && toks.get(p).possessive()) p--;
            if (p >= 0 && toks.get(p).capitalized() && !lex.isNotName(toks.get(p).key())) {
                int q = p;
                while (q > 0 && (toks.get(q - 1).capitalized() || toks.get(q - 1).text().equals("&")) && !lex.isNotName(toks.get(q - 1).key())) q--;
                return textOf(toks, q, p + 1);
            }
            int q = head;
            while (q > 0 && (toks.get(q - 1).capitalized() || toks.get(q - 1).text().equals("&"))) q--;
            if (q < head && toks.get(q).capitalized()) return textOf(toks, q, head);
            return null;
        }
        if (s == head && !h.capitalized()) return null;
        if (s == head && h.capitalized() && e == head + 1) return null;
        return textOf(toks, s, e);
    }

    static String textOf(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (b.length() > 0 && t.word() && !t.possessive() && !(i > from && toks.get(i - 1).text().equals("-"))) b.append(' ');
            else if (b.length() > 0 && t.text().equals("&")) b.append(' ');
            b.append(t.text());
        }
        return b.toString().replace("( ", "(").replace(" )", ")");
    }


    Set<Person> speakers() {
        return speakers;
    }

    String homeCountry() {
        return homeCountry;
    }
}
