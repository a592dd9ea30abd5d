package readout.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import readout.lexicon.Lexicon;
import readout.text.Token;

/**
 * Entities pass for what is named but is no person: a capitalized name that speaks and that the article never gives as
 * a person's ("Qantas said", "American Airlines said", "The Australian reported" aside) is an organization, known by the
 * name as written. Later "the company", "the firm", "it" as a speaker are the organization last named so.
 * One instance per article.
 */
final class NamedOrganizations {
    /** Generic nouns of organizations: "the company said" is the company last named. */
    /**
     * Nouns that fit any organization: "the company said" is the one last named. Nouns of a kind ("the airline", "the
     * club") are left out: the kind of a named organization is not known, and "the club" after an airline is another.
     */
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "business", "corporation",
            "conglomerate", "organisation", "organization");
    /** How many sentences back "the company" or "it" may reach for its organization. */
    private static final int REACH = 4;
    private static final int MAX_WORDS = 5;

    private final Lexicon lex;
    private final Set<String> lowerWords = new HashSet<>();
    private String last;
    private int lastSentence = -100;

    NamedOrganizations(Lexicon lex, List<List<Token>> sentences) {
        this.lex = lex;
        // a word the article also writes in lower case is a common word capitalized to start a sentence ("Residents said")
        for (List<Token> toks : sentences) {
            for (Token t : toks) if (t.word() && !t.capitalized()) lowerWords.add(t.key());
        }
    }

    /** The organization the words [from, to) name, or null: all capitalized, no title, no common word, no place. */
    Ref named(List<Token> toks, int from, int to, int sentence) {
        // "The United Nations": an article before a name of two or more words is no part of it
        if (toks.get(from).is("the") && (to - from >= 3 || to - from == 2 && toks.get(from + 1).allCaps())) from++; // "the CMA"
        if (to - from < 1 || to - from > MAX_WORDS) return null;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            boolean connector = k > from && k < to - 1 && (t.is("of") || t.is("&") || t.is("and") || t.is("for"));
            if (connector) continue;
            if (!t.word() || !t.capitalized() || lex.isNotName(t.key())) return null;
            // a title or role makes a person's run ("President Sato"), but not the head of an organization's name
            // ("United Nations", "Security Council")
            if ((lex.isTitle(t.key()) || lex.isRoleWord(t.key())) && !(k > from && lex.isOrgHead(t.key()))) return null;
            if (to - from == 1 && (lowerWords.contains(t.key()) || lex.isDemonym(t.key()) || looksInflected(t.key()))) return null;
            // a place inside the run is a dateline or a heading, not a name: "TAIPEI Taiwan", "Paris Agreement" aside
            if (to - from > 1 && (lex.country(t.text()) != null || lex.isPlace(t.text())) && t.allCaps() != toks.get(from).allCaps()) return null;
        }
        String name = Resolver.textOf(toks, from, to);
        if (lex.country(name) != null || lex.isPlace(name)) return null;
        note(name, sentence);
        return Ref.label(name).by("named-organization");
    }

    /**
     * A sentence's first word in an inflection few company names have: "Fumbling", "Early" (not "-ed": "United said").
     * Kept over the tagger's part of speech, which was tried in its place and lost a statement on the dev set: beam 1
     * reads an unknown name opening a sentence as anything ("Qantas confirmed": AUX; "United": ADJ).
     */
    private static boolean looksInflected(String key) {
        return key.length() > 4 && (key.endsWith("ing") || key.endsWith("ly"));
    }

    /** "the company", "the firm" or "it": the organization named last, when it was named within reach. */
    Ref described(List<Token> toks, int from, int to, int sentence) {
        if (last == null || sentence - lastSentence > REACH) return null;
        boolean it = to - from == 1 && toks.get(from).is("it");
        boolean description = to - from == 2 && toks.get(from).is("the") && ORG_NOUNS.contains(toks.get(from + 1).key());
        return it || description ? Ref.label(last).by(it ? "pronoun" : "organization-noun") : null;
    }

    /** An organization spoken of by name (by any pass) is the one "the company" means next. */
    void note(String name, int sentence) {
        last = name;
        lastSentence = sentence;
    }
}
