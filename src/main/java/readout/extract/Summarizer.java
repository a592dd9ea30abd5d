package readout.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.text.Sentence;
import readout.text.Token;

/**
 * An extractive summary that knows news leads: the lead sentence, then the sentences carrying the most
 * attributed statements, agreements and participants, in article order. Keywords are the content words
 * the article repeats most.
 */
final class Summarizer {
    private final readout.lexicon.Lexicon lex;

    Summarizer(readout.lexicon.Lexicon lex) {
        this.lex = lex;
    }

    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("the a an and or but of to in on at for with by from as is are was were be been "
            + "has have had will would can could should may might must this that these those it its their his her they he she "
            + "we our you your i not no also said says say told added noted which who whom whose what when where while than then "
            + "there here into over under about after before during between both each other such more most very all any some "
            + "two three one first new only well just so such being per cent percent year years said including including "
            + "further between against within among through upon since until because however other while mr ms mrs always "
            + "people special important together").split(" ")));

    List<String> summarize(Doc doc, List<Statement> statements, List<Agreement> agreements, Cast cast, int max) {
        if (doc.size() == 0) return List.of();
        Map<Integer, Double> score = new HashMap<>();
        for (Sentence s : doc.sentences) {
            int words = 0;
            for (Token t : doc.tokens.get(s.index())) if (t.word()) words++;
            double v = s.index() == 0 ? 3.0 : s.index() == 1 ? 1.0 : 0.0;
            v += 1.5 / (1 + s.index());
            if (words < 6) v -= 2;
            if (words > 70) v -= 1;
            score.put(s.index(), v);
        }
        for (Statement st : statements) score.merge(st.sentence(), 1.0, Double::sum);
        for (Agreement a : agreements) score.merge(a.sentence(), 2.0, Double::sum);
        for (Sentence s : doc.sentences) {
            Set<Person> named = new HashSet<>();
            List<Token> toks = doc.tokens.get(s.index());
            for (int i = 0; i < toks.size(); i++) {
                Cast.Match m = cast.nameAt(toks, i);
                if (m != null && m.person() != null) {
                    named.add(m.person());
                    i = m.end() - 1;
                }
            }
            score.merge(s.index(), 0.5 * named.size(), Double::sum);
        }
        List<Sentence> ranked = new ArrayList<>(doc.sentences);
        ranked.sort(Comparator.comparingDouble((Sentence s) -> -score.get(s.index())).thenComparingInt(Sentence::index));
        List<Sentence> chosen = new ArrayList<>(ranked.subList(0, Math.min(max, ranked.size())));
        chosen.sort(Comparator.comparingInt(Sentence::index));
        List<String> out = new ArrayList<>();
        for (Sentence s : chosen) out.add(s.text().replaceAll("\\s+", " ").trim());
        return out;
    }

    /** Longer than any word of English prose: a 2 MiB run of letters is no topic (and is not copied into the record). */
    private static final int MAX_KEYWORD = 40;

    List<String> keywords(Doc doc, Cast cast, int max) {
        Map<String, Integer> tf = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Person p : cast.people) names.addAll(p.nameKeys);
        for (List<Token> toks : doc.tokens) {
            for (Token t : toks) {
                if (!t.word() || t.key().length() < 4 || t.key().length() > MAX_KEYWORD || STOP.contains(t.key()) || names.contains(t.key())) continue;
                // Topics are common nouns and acronyms ("embargo", "APAPPS"), not titles, places or parts of names.
                if (t.capitalized() && !(t.allCaps() && t.key().length() >= 3)) continue;
                if (Character.isDigit(t.key().charAt(0))) continue;
                tf.merge(t.key(), 1, Integer::sum);
                surface.putIfAbsent(t.key(), t.allCaps() ? t.text() : t.key());
            }
        }
        List<Map.Entry<String, Integer>> e = new ArrayList<>(tf.entrySet());
        e.sort(Comparator.comparingInt((Map.Entry<String, Integer> x) -> -x.getValue()).thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> x : e) {
            if (out.size() >= max) break;
            // cue verbs and role nouns are how things were said, not what about: checked once per distinct word
            String k = x.getKey();
            if (!lex.cuesStartingWith(k).isEmpty() || lex.isRoleWord(k) || lex.isTitle(k)) continue;
            if (x.getValue() < 2 && out.size() >= max / 2) break;
            out.add(surface.get(x.getKey()));
        }
        return out;
    }
}
