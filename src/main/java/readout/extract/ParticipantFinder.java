package readout.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import readout.lexicon.Lexicon;
import readout.text.Span;
import readout.text.Token;

/**
 * Finds the people in an article. A run of capitalized words is a person's name only with evidence: a title
 * before it ("Prime Minister ..."), a role noun ("police officer ...", "13-year-old ..."), an appositive
 * ("Chris Davis, deputy police chief"; "The Portland mayor, Ted Wheeler"), coordination with a person
 * ("Brad Sherman and Steve Chabot"), or being the subject of a speech verb. Shorter forms ("Trọng",
 * "President Biden") become aliases of the fuller name that holds them.
 */
final class ParticipantFinder {
    /** No story has more people than this; the bound keeps every per-person loop small on hostile input. */
    static final int MAX_PEOPLE = 200;
    /** More words than any person's name has ("Sheikh Mohammed bin Rashid Al Maktoum" is six): a longer run is no name. */
    private static final int MAX_NAME_WORDS = 12;
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would",
            "can", "could", "said", "says", "told", "who", "which", "and", "but");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "on", "for", "to", "in", "'s", "'", "(", ")", "&", "-", "at");

    private final Lexicon lex;

    ParticipantFinder(Lexicon lex) {
        this.lex = lex;
    }

    /** A candidate name found in a sentence. */
    record Candidate(int sentence, int runStart, int nameStart, int end, List<String> keys, String surface,
                             boolean evidence, Span roleSpan) {}

    Cast find(Doc doc, String homeCountry) {
        List<Candidate> all = new ArrayList<>();
        List<List<Candidate>> bySentence = new ArrayList<>();
        for (int s = 0; s < doc.size(); s++) {
            List<Token> toks = doc.tokens.get(s);
            List<Candidate> inSentence = new ArrayList<>();
            for (int i = 0; i < toks.size(); ) {
                int end = runEnd(toks, i);
                if (end == i) {
                    i++;
                    continue;
                }
                Candidate c = candidate(doc.text, s, toks, i, end);
                if (c != null) inSentence.add(c);
                i = end;
            }
            // Coordination: "A and B" where one of them is a person makes both people, and so along a list ("A, B and
            // C said"). Only neighbouring runs are joined, so a work list over them keeps this linear in the list.
            Deque<Integer> spreading = new ArrayDeque<>();
            for (int k = 0; k < inSentence.size(); k++) if (inSentence.get(k).evidence()) spreading.add(k);
            while (!spreading.isEmpty()) {
                int k = spreading.poll();
                for (int n = k - 1; n <= k + 1; n += 2) {
                    if (n < 0 || n >= inSentence.size() || inSentence.get(n).evidence()) continue;
                    if (coordinatedWith(toks, inSentence.get(k), inSentence.get(n))) {
                        inSentence.set(n, withEvidence(inSentence.get(n)));
                        spreading.add(n);
                    }
                }
            }
            all.addAll(inSentence);
            bySentence.add(inSentence);
        }
        all = SpeakingNames.withEvidence(all, doc, this);
        Cast cast = new Cast(lex);
        // Fullest names first, so shorter forms attach to them.
        List<Candidate> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((Candidate c) -> -c.keys().size()).thenComparingInt(Candidate::sentence));
        for (Candidate c : ordered) {
            List<Person> holders = cast.holding(c.keys());
            if (holders.size() == 1) {
                Person p = holders.get(0);
                p.alias(c.surface());
                addTitledAlias(doc, c, p);
                p.firstSentence = Math.min(p.firstSentence, c.sentence());
                p.firstOffset = Math.min(p.firstOffset, doc.tokens.get(c.sentence()).get(c.nameStart()).start());
                continue;
            }
            if (holders.size() > 1) continue; // a shared surname: resolved in context, never a new person
            if (!c.evidence()) continue;
            Person fuzzy = c.keys().size() == 1 ? fuzzyMatch(cast, c.keys().get(0)) : null;
            if (fuzzy != null) {
                fuzzy.alias(c.surface());
                cast.index(fuzzy, c.keys());
                continue;
            }
            if (cast.people.size() >= MAX_PEOPLE) continue;
            Person p = cast.add(c.surface(), c.keys(), c.sentence());
            p.firstOffset = doc.tokens.get(c.sentence()).get(c.nameStart()).start();
            addTitledAlias(doc, c, p);
            if (c.roleSpan() != null) {
                p.role = cleanRole(c.roleSpan().of(doc.text));
                p.country = countryIn(doc, c);
            }
        }
        // A name joined to a known person ("Berman and Chabot", where only Chabot was introduced) is a person too.
        for (List<Candidate> inSentence : bySentence) {
            List<Token> toks = inSentence.isEmpty() ? List.of() : doc.tokens.get(inSentence.get(0).sentence());
            for (int k = 0; k < inSentence.size(); k++) {
                Candidate c = inSentence.get(k);
                if (c.evidence() || !cast.holding(c.keys()).isEmpty() || c.nameStart() != c.runStart()) continue;
                boolean joined = false;
                for (int n = Math.max(0, k - 1); n <= Math.min(inSentence.size() - 1, k + 1); n++) { // only neighbours are joined
                    Candidate o = inSentence.get(n);
                    if (o == c || cast.holding(o.keys()).size() != 1 || o.nameStart() != o.runStart()) continue;
                    if (joinedByAnd(toks, o, c)) joined = true;
                }
                if (!joined) continue;
                Person fuzzy = c.keys().size() == 1 ? fuzzyMatch(cast, c.keys().get(0)) : null;
                if (fuzzy != null) {
                    fuzzy.alias(c.surface());
                    cast.index(fuzzy, c.keys());
                } else if (cast.people.size() < MAX_PEOPLE) {
                    cast.add(c.surface(), c.keys(), c.sentence()).firstOffset = doc.tokens.get(c.sentence()).get(c.nameStart()).start();
                }
            }
        }
        // Roles and countries from later, fuller mentions where the first had none.
        for (Candidate c : all) {
            if (c.roleSpan() == null) continue;
            List<Person> holders = cast.holding(c.keys());
            if (holders.size() != 1) continue;
            Person p = holders.get(0);
            if (p.role == null) p.role = cleanRole(c.roleSpan().of(doc.text));
            if (p.country == null) p.country = countryIn(doc, c);
        }
        parallelCountries(doc, cast);
        countriesAfterNames(doc, cast);
        cast.people.sort(Comparator.comparingInt(p -> p.firstOffset));
        return cast;
    }

    static Candidate withEvidence(Candidate c) {
        return new Candidate(c.sentence(), c.runStart(), c.nameStart(), c.end(), c.keys(), c.surface(), true, c.roleSpan());
    }

    private void addTitledAlias(Doc doc, Candidate c, Person p) {
        if (c.roleSpan() != null) {
            List<Token> toks = doc.tokens.get(c.sentence());
            int from = Math.min(c.roleSpan().start(), toks.get(c.nameStart()).start());
            int to = Math.max(c.roleSpan().end(), toks.get(c.end() - 1).end());
            String titled = doc.text.substring(from, to);
            if (titled.length() < 160) p.alias(stripLeadingArticle(titled));
        }
    }

    /** End (exclusive) of the run of capitalized words starting at i, or i when none starts there. */
    private int runEnd(List<Token> toks, int i) {
        if (!toks.get(i).capitalized()) return i;
        int j = i;
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (t.capitalized()) {
                j++;
                // initial "R." inside a name
                if (t.key().length() == 1 && j < toks.size() && toks.get(j).text().equals(".") && j + 1 < toks.size()
                        && toks.get(j + 1).capitalized()) {
                    j++;
                }
            } else if (t.word() && Cast.isParticle(t.key()) && j > i && particlesThenName(toks, j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "von der Leyen", "bin Abdul": particles (up to three) and then a capitalized word. */
    private static boolean particlesThenName(List<Token> toks, int j) {
        int k = j;
        while (k < toks.size() && k - j < 3 && toks.get(k).word() && Cast.isParticle(toks.get(k).key())) k++;
        return k > j && k < toks.size() && toks.get(k).capitalized();
    }

    private Candidate candidate(String text, int s, List<Token> toks, int runStart, int runEnd) {
        // The name is the tail of the run after titles, organizations, places and sentence openers.
        int nameStart = runEnd;
        while (nameStart > runStart && nameWord(toks.get(nameStart - 1), toks, nameStart - 1)) nameStart--;
        // Leading participles and openers ("Underscoring", "During") are not names.
        while (nameStart < runEnd && !nameWord(toks.get(nameStart), toks, nameStart)) nameStart++;
        if (nameStart >= runEnd) return null;
        List<String> keys = new ArrayList<>();
        for (int k = nameStart; k < runEnd; k++) {
            Token t = toks.get(k);
            if (t.word() && !(t.key().length() == 1 && k + 1 < runEnd && toks.get(k + 1).text().equals("."))) keys.add(t.key());
        }
        if (keys.isEmpty() || keys.size() > MAX_NAME_WORDS) return null;
        Span roleSpan = null;
        boolean evidence = false;
        // (a) a title inside the run: "Prime Minister Nguyen Xuan Phuc"
        for (int k = runStart; k < nameStart; k++) {
            if (lex.isTitle(toks.get(k).key())) {
                evidence = true;
                roleSpan = new Span(toks.get(runStart).start(), toks.get(nameStart - 1).end());
                break;
            }
        }
        // (b)/(c) a role noun or a title phrase just before the run: "leader Kim Jong-un", "President of Cuba Miguel ..."
        int back = titlePhraseStart(toks, runStart, nameStart == runStart);
        int prior = runStart > 1 && toks.get(runStart - 1).text().equals(".") ? runStart - 2 : runStart - 1; // "Mr. Blinken"
        boolean titleRightBefore = prior >= 0 && (lex.isTitle(toks.get(prior).key()) || lex.isRoleWord(toks.get(prior).key())
                || prior == runStart - 2 && lex.isTitleAbbreviation(toks.get(prior).key()));
        if (back >= 0 && (keys.size() >= 2 || titleRightBefore || nameStart > runStart)) {
            evidence = true;
            roleSpan = new Span(toks.get(back).start(), toks.get(nameStart - 1 >= back ? nameStart - 1 : back).end());
        }
        // (d) "Chris Davis, deputy police chief," / "Daunte Wright, a 20-year-old"
        if (!evidence && runEnd + 1 < toks.size() && toks.get(runEnd).text().equals(",")) {
            int k = runEnd + 1;
            boolean article = toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("the");
            if (article) k++;
            int roleEnd = -1;
            // "Massachusetts, is co-chair": a verb after the comma begins a clause, not an appositive
            if (!article && k < toks.size() && CLAUSE_VERBS.contains(toks.get(k).key())) k = toks.size();
            for (int n = 0; n < 4 && k < toks.size() && toks.get(k).word() && !toks.get(k).capitalized(); n++, k++) {
                Token w = toks.get(k);
                if (lex.isGroupHead(w.key()) || w.is("two") || w.is("both")) break; // "Sandhu, the two lawmakers said"
                if (lex.isRoleWord(w.key())) roleEnd = k;
            }
            if (roleEnd >= 0) {
                evidence = true;
                roleSpan = new Span(toks.get(runEnd + 1).start(), toks.get(roleEnd).end());
            }
        }
        // (d') "Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary Party and President of Laos"
        if (!evidence && nameStart == runStart && runEnd + 1 < toks.size() && toks.get(runEnd).text().equals(",")
                && toks.get(runEnd + 1).capitalized() && lex.isTitle(toks.get(runEnd + 1).key())) {
            int k = runEnd + 1;
            int roleEnd = k;
            for (int n = 0; k < toks.size() && n < 16; n++, k++) {
                Token w = toks.get(k);
                if (w.text().equals(",") || w.text().equals(".") || w.text().equals(";") || w.word() && !w.capitalized()
                        && !CONNECTORS.contains(w.key()) && !lex.isDemonym(w.key())) break;
                if (w.word() && w.capitalized() || w.text().equals(")")) roleEnd = k;
            }
            evidence = true;
            roleSpan = new Span(toks.get(runEnd + 1).start(), toks.get(roleEnd).end());
        }
        // (e) "The Portland mayor, Ted Wheeler" / "the Indian Ambassador to the US, Taranjit Singh Sandhu"
        if (!evidence && runStart >= 2 && toks.get(runStart - 1).text().equals(",")) {
            Token before = toks.get(runStart - 2);
            int tp = titlePhraseStart(toks, runStart - 1, false);
            boolean singularRole = lex.isRoleWord(before.key()) && !lex.isGroupHead(before.key()) && !before.key().endsWith("s");
            boolean plainWord = !before.capitalized() && !singularRole;
            // not "President Xi Jinping of China in Woodside, California": a title phrase names no place it is in
            boolean placed = false;
            for (int k = Math.max(tp, 0); tp >= 0 && k < runStart - 1; k++) if (toks.get(k).is("in") || toks.get(k).is("at")) placed = true;
            if (singularRole && keys.size() >= 2 || lex.isTitle(before.key()) && before.capitalized() || tp >= 0 && !plainWord && !placed) {
                evidence = true;
                int from = tp >= 0 ? tp : runStart - 2;
                roleSpan = new Span(toks.get(from).start(), before.end());
            }
        }
        // (g) subject of a speech or meeting verb: "John Smith said", "Vladimir Putin had a telephone conversation"
        // (an opener may lead the run: "On Friday Vladimir Putin had ...")
        boolean onlyOpenersBefore = true;
        for (int k = runStart; k < nameStart; k++) if (!lex.isNotName(toks.get(k).text())) onlyOpenersBefore = false;
        if (!evidence && keys.size() >= 2 && onlyOpenersBefore && runEnd < toks.size()
                && (isSpeechVerb(toks.get(runEnd)) || meets(toks, runEnd))) {
            evidence = true;
        }
        // All-capital words are acronyms (CPV, ACLU), not names.
        boolean acronym = true;
        for (int k = nameStart; k < runEnd; k++) if (!toks.get(k).allCaps() || toks.get(k).key().length() == 1) acronym = false;
        if (acronym) return null;
        String surface = text.substring(toks.get(nameStart).start(), toks.get(runEnd - 1).end());
        return new Candidate(s, runStart, nameStart, runEnd, keys, surface, evidence, roleSpan);
    }

    /** Verbs of meeting and calling that only people do: "met", "spoke with", "phoned". */
    private static final Set<String> MEETING_VERBS = Set.of("met", "meets", "spoke", "speaks", "phoned", "telephoned");
    /** What one "had" or "held" with another when they met: "had a telephone conversation", "held talks". */
    private static final Set<String> MEETINGS = Set.of("talks", "conversation", "call", "meeting", "discussions");

    /** Whether a meeting verb starts at token i: "met", "had a telephone conversation", "held talks". */
    private static boolean meets(List<Token> toks, int i) {
        Token v = toks.get(i);
        if (MEETING_VERBS.contains(v.key())) return true;
        if (!(v.is("had") || v.is("has") || v.is("held") || v.is("holds"))) return false;
        for (int k = i + 1; k < Math.min(toks.size(), i + 5) && toks.get(k).word(); k++) {
            if (MEETINGS.contains(toks.get(k).key())) return true;
        }
        return false;
    }

    boolean isSpeechVerb(Token t) {
        for (Lexicon.Cue c : lex.cuesStartingWith(t.key())) {
            if (c.kind() == Lexicon.CueKind.SPEECH && c.words().length == 1 && !c.words()[0].equals(c.lemma())) return true;
        }
        return false;
    }

    /** Whether this capitalized token can be part of a person's name. */
    private boolean nameWord(Token t, List<Token> toks, int k) {
        if (!t.word()) return t.text().equals(".");
        String w = t.text();
        // an organization's word ends an organization's name ("Hyde Park"); before a given name it is a family name
        // ("Park Geun-hye", with a hyphenated given name)
        boolean familyName = lex.isOrgHead(w) && k + 1 < toks.size() && toks.get(k + 1).capitalized() && toks.get(k + 1).text().contains("-")
                && !lex.isOrgHead(toks.get(k + 1).text());
        if (lex.isTitle(w) || lex.isOrgHead(w) && !familyName || lex.isNotName(w) && !monthAsSurname(toks, k)
                || lex.agency(w) != null) return false;
        if (lex.isTitleAbbreviation(w) && k + 1 < toks.size() && toks.get(k + 1).text().equals(".")) return false;
        if (lex.country(w) != null || lex.isPlace(w)) return false;
        if (t.allCaps() && t.key().length() > 1) return false;
        if (k == 0 && w.endsWith("ing")) return false; // "Underscoring ..., he"
        // multi-word countries and places: "Việt Nam", "South Korea", "Hà Nội", "Ho Chi Minh City"
        return !inLongPlaceName(toks, k);
    }

    /** Months that are family names too: "Theresa May", "Thomas August". */
    private static final Set<String> MONTHS_ALSO_NAMES = Set.of("may", "june", "april", "august");

    /**
     * A month after a given name and not before a number is a family name: "Prime Minister Theresa May spoke", not
     * "Theresa, May 18" nor "in May".
     */
    private boolean monthAsSurname(List<Token> toks, int k) {
        if (!MONTHS_ALSO_NAMES.contains(toks.get(k).key()) || k == 0 || !isNameToken(toks.get(k - 1))) return false;
        return k + 1 >= toks.size() || !Character.isDigit(toks.get(k + 1).text().charAt(0));
    }

    /** Whether token k is part of a place or country name of two to four words. */
    private boolean inLongPlaceName(List<Token> toks, int k) {
        for (int start = Math.max(0, k - 3); start <= k; start++) {
            if (!toks.get(start).word() || !lex.startsLongPlaceName(toks.get(start).key())) continue;
            StringBuilder name = new StringBuilder(toks.get(start).text());
            for (int end = start + 1; end < Math.min(toks.size(), start + 4); end++) {
                if (!toks.get(end).word()) break;
                name.append(' ').append(toks.get(end).text());
                if (end >= k && lex.isPlace(name.toString())) return true;
            }
        }
        return false;
    }

    /**
     * Start of a title phrase that ends just before {@code end}: walks back over capitalized words and
     * connectors ("of the", "and") to a title or role word. -1 when there is none.
     */
    private int titlePhraseStart(List<Token> toks, int end, boolean wholeRunIsName) {
        int found = -1;
        for (int k = end - 1, n = 0; k >= 0 && n < 18; k--, n++) {
            Token t = toks.get(k);
            boolean title = t.word() && t.capitalized() && (lex.isTitle(t.key())
                    || lex.isTitleAbbreviation(t.key()) && k + 1 < toks.size() && toks.get(k + 1).text().equals("."));
            if (title) {
                found = k;
                continue;
            }
            if (t.word() && !t.capitalized() && lex.isRoleWord(t.key())) {
                if (k != end - 1) break; // "officer Zachary Delong", not "officer in Multnomah"
                // "chairman and chief executive Helen Brooks": the lower-case role words before it, joined by "and"
                found = k;
                for (int j = k - 1; j >= 0 && k - j < 6; j--) {
                    Token w = toks.get(j);
                    if (!w.word() || w.capitalized()) break;
                    if (lex.isRoleWord(w.key()) || lex.isTitle(w.key())) found = j;
                    else if (!(w.is("and") && j > 0 && lex.isRoleWord(toks.get(j - 1).key()))) break;
                }
                break;
            }
            // "Sohail Mahmood and Afghan Deputy ...", "Brad Sherman and Steve Chabot", "Anwar Ibrahim and Singapore's Prime
            // Minister Lee", "Yoko Kamikawa and Defence Minister Minoru Kihara": another person's title ends here
            // (but not in "the Committee on Ways and Means Jason Smith").
            if (t.is("and") && k > 0 && isNameToken(toks.get(k - 1))) {
                boolean nextIsOwnTitle = k + 1 < toks.size() && (lex.isTitle(toks.get(k + 1).key()) || lex.isDemonym(toks.get(k + 1).key())
                        || k + 2 < toks.size() && toks.get(k + 2).possessive() && lex.country(toks.get(k + 1).text()) != null);
                // "and Defence Minister ...": a title within the next three capitalized words is that person's own
                for (int j = k + 1; j < Math.min(toks.size(), k + 4) && toks.get(j).capitalized() && !nextIsOwnTitle; j++) {
                    if (lex.isTitle(toks.get(j).key())) nextIsOwnTitle = true;
                }
                if (k == end - 1 && wholeRunIsName || nextIsOwnTitle) break;
            }
            if (t.text().equals(".") && k > 0 && (lex.isTitle(toks.get(k - 1).key()) || lex.isTitleAbbreviation(toks.get(k - 1).key()))) {
                continue; // "Mr. Blinken", "Sen. Smith"
            }
            if (t.capitalized() || CONNECTORS.contains(t.key()) || t.word() && lex.isDemonym(t.key())) continue;
            if (t.word() && (t.key().equals("newly-elected") || t.key().equals("former") || t.key().equals("late"))) continue;
            break;
        }
        if (found < 0) return -1;
        // Extend over the capitalized words that lead the title ("Chinese State Councilor and ...").
        int k = found;
        // (not over the organization before a lower-case role: "Acme Foods chairman" is Acme's chairman)
        boolean lowerRole = !toks.get(found).capitalized();
        while (k > 0 && (!lowerRole && toks.get(k - 1).capitalized() && !lex.isNotName(toks.get(k - 1).key()) && !isNameToken(toks.get(k - 1))
                || toks.get(k - 1).word() && lex.isDemonym(toks.get(k - 1).key())
                || toks.get(k - 1).possessive() && k > 1 && toks.get(k - 2).capitalized()
                || toks.get(k - 1).capitalized() && lex.country(toks.get(k - 1).text() + " " + toks.get(k).text()) != null)) k--;
        return k;
    }

    /** A capitalized word that can only be part of a name (not a title, organization, place or opener). */
    private boolean isNameToken(Token t) {
        if (!t.capitalized()) return false;
        String w = t.text();
        return !(lex.isTitle(w) || lex.isOrgHead(w) || lex.isNotName(w) || lex.country(w) != null || lex.isPlace(w)
                || lex.isDemonym(w) || t.allCaps());
    }

    /** Whether {@code c} is joined to {@code o}, a person, by "and" or as the next name of a list. */
    private static boolean coordinatedWith(List<Token> toks, Candidate o, Candidate c) {
        if (!o.evidence() || o.nameStart() != o.runStart()) return false;
        boolean list = o.end() + 1 == c.runStart() && toks.get(o.end()).text().equals(",") && c.keys().size() >= 2;
        return (joinedByAnd(toks, o, c) || list) && c.nameStart() == c.runStart();
    }

    /** "A and B" in either order: the two runs stand on either side of one "and". */
    private static boolean joinedByAnd(List<Token> toks, Candidate a, Candidate b) {
        return a.end() + 1 == b.runStart() && toks.get(a.end()).is("and")
                || b.end() + 1 == a.runStart() && toks.get(b.end()).is("and");
    }

    /** A typo of a known name ("Berman" for "Sherman"): one word, close in spelling to one person's word. */
    private Person fuzzyMatch(Cast cast, String key) {
        if (key.length() < 5) return null;
        Person hit = null;
        for (Person p : cast.people) {
            for (String k : p.nameKeys) {
                if (k.length() >= 5 && Math.abs(k.length() - key.length()) <= 2 && distance(k, key) <= 2
                        && k.substring(k.length() - 3).equals(key.substring(key.length() - 3))) {
                    if (hit != null && hit != p) return null;
                    hit = p;
                }
            }
        }
        return hit;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private String countryIn(Doc doc, Candidate c) {
        if (c.roleSpan() == null) return null;
        List<Token> toks = doc.tokens.get(c.sentence());
        String found = null;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.start() < c.roleSpan().start() || t.end() > c.roleSpan().end()) continue;
            if (!t.word()) continue;
            String two = k + 1 < toks.size() ? lex.country(t.text() + " " + toks.get(k + 1).text()) : null;
            String one = lex.country(t.text());
            String hit = two != null ? two : one;
            if (hit != null) {
                found = hit;
                break;
            }
        }
        return found;
    }

    /** "Prime Minister Pham Minh Chinh of Vietnam": the country right after the name (one pass over the text). */
    private void countriesAfterNames(Doc doc, Cast cast) {
        for (int s = 0; s < doc.size(); s++) {
            List<Token> toks = doc.tokens.get(s);
            for (int k = 0; k + 2 < toks.size(); k++) {
                if (!toks.get(k + 1).is("of") || !toks.get(k).capitalized() || lex.isOrgHead(toks.get(k).key())) continue;
                List<Person> holders = cast.holding(List.of(toks.get(k).key()));
                if (holders.size() != 1 || holders.get(0).country != null) continue;
                String c = lex.country(toks.get(k + 2).text());
                if (c == null && k + 3 < toks.size()) c = lex.country(toks.get(k + 2).text() + " " + toks.get(k + 3).text());
                if (c != null) holders.get(0).country = c;
            }
        }
    }

    /**
     * "Foreign Ministers of Uzbekistan and Kyrgyzstan, Abdulaziz Kamilov and Erlan Abdyldaev": countries
     * listed in a plural title go to the names listed after it, in order.
     */
    private void parallelCountries(Doc doc, Cast cast) {
        for (int s = 0; s < doc.size(); s++) {
            List<Token> toks = doc.tokens.get(s);
            for (int k = 0; k + 4 < toks.size(); k++) {
                if (!toks.get(k).is("of")) continue;
                String c1 = lex.country(toks.get(k + 1).text());
                if (c1 == null || !toks.get(k + 2).is("and")) continue;
                String c2 = lex.country(toks.get(k + 3).text());
                if (c2 == null || !toks.get(k + 4).text().equals(",")) continue;
                List<Person> named = new ArrayList<>();
                Set<Person> seen = new HashSet<>();
                for (int j = k + 5; j < toks.size() && named.size() < 2; j++) {
                    Cast.Match m = cast.nameAt(toks, j);
                    if (m != null && m.person() != null && seen.add(m.person())) {
                        named.add(m.person());
                        j = m.end() - 1;
                    } else if (!toks.get(j).is("and") && !toks.get(j).capitalized()) {
                        break;
                    }
                }
                if (named.size() == 2) {
                    named.get(0).country = c1;
                    named.get(1).country = c2;
                }
            }
        }
    }

    private static String cleanRole(String role) {
        String r = stripLeadingArticle(role.replaceAll("\\s+", " ").trim());
        r = r.replaceAll("[,\\s]+$", "");
        return r.isEmpty() ? null : r;
    }

    static String stripLeadingArticle(String s) {
        String t = s.trim();
        for (String a : new String[] {"the ", "The ", "a ", "A ", "an ", "An "}) {
            if (t.startsWith(a)) return t.substring(a.length());
        }
        return t;
    }

}
