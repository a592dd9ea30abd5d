package readout.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import readout.extract.ParticipantFinder.Candidate;
import readout.text.Token;

/**
 * Mentions pass: a name that speaks is a person's, with no title needed — "Lee Baker said", "Lee Baker, a financial
 * planner, said", "said asbestosis sufferer Bernie Banton", and "Roof said" where the article names "Dylann Roof"
 * elsewhere. A single word that speaks makes no person by itself ("Qantas said"): only a fuller name ending in it does,
 * so a company named in one word stays an organization.
 */
final class SpeakingNames {
    /** Words that may stand between a speaker and the cue: "Roof also said", "Smith later told". */
    private static final Set<String> ADVERBS = Set.of("also", "later", "then", "again", "previously", "recently", "earlier",
            "separately", "further", "simply", "once", "has", "had", "have", "would", "will");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** No name of a speaker is longer than this (a run of more capitalized words is a heading or an organization). */
    private static final int MAX_NAME_WORDS = 4;

    private SpeakingNames() {}

    static List<Candidate> withEvidence(List<Candidate> all, Doc doc, ParticipantFinder finder) {
        Set<String> speaking = new HashSet<>();
        for (Candidate c : all) {
            if (c.keys().size() <= MAX_NAME_WORDS && speaks(c, doc.tokens.get(c.sentence()), finder)) speaking.add(last(c));
        }
        if (speaking.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean name = c.keys().size() >= 2 && c.keys().size() <= MAX_NAME_WORDS;
            out.add(!c.evidence() && name && speaking.contains(last(c)) ? ParticipantFinder.withEvidence(c) : c);
        }
        return out;
    }

    private static final Set<String> PREPOSITIONS = Set.of("by", "to", "with", "for", "of", "from", "in", "on", "at", "about");

    private static boolean withPreposition(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (PREPOSITIONS.contains(toks.get(k).key())) return true;
        return false;
    }

    private static String last(Candidate c) {
        return c.keys().get(c.keys().size() - 1);
    }

    /** Whether the name is the subject of a speech verb, before it or (inverted) after it. */
    static boolean speaks(Candidate c, List<Token> toks, ParticipantFinder finder) {
        int e = c.end();
        if (e < toks.size() && finder.isSpeechVerb(toks.get(e))) return true;
        if (e + 1 < toks.size() && ADVERBS.contains(toks.get(e).key()) && finder.isSpeechVerb(toks.get(e + 1))) return true;
        // "Lee Baker, a certified financial planner, said": an appositive between commas, then the cue
        if (e < toks.size() && toks.get(e).text().equals(",")) {
            for (int k = e + 1; k < Math.min(toks.size(), e + 14); k++) {
                Token t = toks.get(k);
                if (t.text().equals(",")) return k + 1 < toks.size() && finder.isSpeechVerb(toks.get(k + 1));
                if (!t.word() && !t.possessive() && !t.text().equals("-")) break;
            }
        }
        // "..., said asbestosis sufferer Bernie Banton." — the name closes the clause; "told the Financial Times" is an
        // addressee, and "said the Daily Mail" a paper: only role words, not a bare article, may stand between
        int b = c.runStart() - 1;
        int lower = 0;
        boolean onlyArticles = true;
        while (b >= 0 && lower < 4 && toks.get(b).word() && !toks.get(b).capitalized() && !finder.isSpeechVerb(toks.get(b))) {
            if (!DETERMINERS.contains(toks.get(b).key())) onlyArticles = false;
            b--;
            lower++;
        }
        if (b < 0 || !finder.isSpeechVerb(toks.get(b)) || lower > 0 && onlyArticles || withPreposition(toks, b + 1, c.runStart())) {
            return false;
        }
        // a finite verb of saying, not "told" (an addressee) nor a gerund ("writing by Estelle Shirbon" is a credit)
        String verb = toks.get(b).key();
        if (verb.startsWith("tol") || verb.startsWith("tell") || verb.endsWith("ing")) return false;
        // "... comments Robin Biesbroek of the CDF.": where the speaker works may follow the name
        int after = e;
        if (after < toks.size() && (toks.get(after).is("of") || toks.get(after).is("from") || toks.get(after).is("at"))) {
            after++;
            while (after < toks.size() && after - e <= 8 && toks.get(after).word()) after++;
        }
        return after >= toks.size() || !toks.get(after).word();
    }
}
