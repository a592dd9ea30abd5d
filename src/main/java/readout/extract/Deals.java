package readout.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import readout.text.Span;
import readout.text.Token;

/**
 * Agreements pass for deals as business, labour and sports news write them: "Stellantis and the union have reached a
 * tentative agreement on ...", "Emirates struck a deal with Boeing to buy 30 jets", "The club signed a contract with
 * ...". A deal needs two parties: a joint subject, or a subject and the one the deal is "with". Deals hoped for,
 * failed or denied ("failed to reach a deal", "hopes to strike a deal") are no agreements; decides only sentences no
 * earlier pass gave an agreement.
 */
final class Deals {
    /** Past and present forms of the verbs that conclude a deal; "signed" and "inked" make it a signed document. */
    private static final Set<String> CONCLUDE = Set.of("reached", "reaches", "struck", "strikes", "clinched", "clinches",
            "sealed", "seals", "secured", "finalised", "finalized", "agreed", "inked", "signed", "signs", "concluded");
    private static final Set<String> SIGNING = Set.of("inked", "signed", "signs");
    private static final Set<String> DEAL_NOUNS = Set.of("deal", "agreement", "settlement", "accord", "contract", "pact",
            "truce", "ceasefire", "merger", "partnership", "extension", "compromise", "understanding", "deals", "agreements",
            "contracts");
    /** Words before the verb that make the deal not (yet) one: an aim, a failure, a denial, a condition. */
    private static final Set<String> NOT_YET = Set.of("to", "not", "n't", "never", "no", "failed", "fail", "without", "if",
            "would", "could", "may", "might", "should", "unless", "before", "whether", "yet");
    /** Verbs of a transaction that one party agrees to with another. */
    private static final Set<String> TRANSACTIONS = Set.of("buy", "sell", "pay", "acquire", "purchase", "merge", "settle",
            "sign", "supply", "invest", "lease", "license", "sponsor", "join", "hire", "take");
    /** What may stand between the verb and the noun: "a tentative", "a new three-year", "a $168m (£89m) settlement". */
    private static final int MAX_MODIFIERS = 9;
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "finally", "also", "reportedly", "now",
            "just", "already", "quickly", "formally", "officially", "eventually");

    private Deals() {}

    static List<Agreement> find(String text, int s, List<Token> toks, boolean[] quoted, Resolver resolver) {
        List<Agreement> out = new ArrayList<>();
        for (int i = 1; i < toks.size(); i++) {
            Token verb = toks.get(i);
            if (!verb.word() || quoted[i] || !CONCLUDE.contains(verb.key())) continue;
            int noun = dealNoun(toks, i);
            // "agreed to buy BSkyB's holding", "has agreed to pay $1.1bn to victims": a transaction agreed with another
            boolean transaction = noun < 0 && verb.is("agreed") && i + 2 < toks.size() && toks.get(i + 1).is("to")
                    && TRANSACTIONS.contains(toks.get(i + 2).key());
            if (transaction) noun = i + 2;
            if (noun < 0 || notYet(toks, i)) continue;
            int subjectEnd = i;
            while (subjectEnd > 0 && AUXILIARIES.contains(toks.get(subjectEnd - 1).key())) subjectEnd--;
            int subjectStart = subjectEnd;
            while (subjectStart > 0 && !isBoundary(toks.get(subjectStart - 1))) subjectStart--;
            // "said on Friday Washington and Moscow had reached ...": the time before the subject is no part of it
            while (subjectStart + 1 < subjectEnd && TIME_LEAD.contains(toks.get(subjectStart).key())
                    && STOPS.contains(toks.get(subjectStart + 1).key())) {
                subjectStart += 2;
            }
            if (subjectStart >= subjectEnd) continue;
            List<String> parties = partiesOf(toks, subjectStart, subjectEnd, s, resolver);
            if (parties.isEmpty()) continue;
            int end = clauseEnd(toks, noun);
            String counterpart = counterpart(toks, noun + 1, end, s, resolver);
            if (counterpart == null && parties.size() < 2) counterpart = possessor(toks, noun + 1, end, parties);
            if (counterpart != null && !parties.contains(counterpart)) parties.add(counterpart);
            if (parties.size() < 2) continue;
            int from = transaction ? noun : i + 1;
            Span content = new Span(toks.get(from).start(), toks.get(end - 1).end());
            String cue = text.substring(verb.start(), toks.get(noun).end());
            String kind = SIGNING.contains(verb.key()) ? Agreement.SIGNED_DOCUMENT : Agreement.AGREEMENT;
            out.add(new Agreement(parties, content.of(text).replaceAll("\\s+", " "), kind, cue, s, content));
            i = end;
        }
        return out;
    }

    /**
     * The parties a subject names: as resolved, or part by part ("Stellantis and the striking United Auto Workers
     * union"), a part no pass resolves standing as written when it holds a name or a plural ("the studios").
     */
    private static List<String> partiesOf(List<Token> toks, int from, int to, int s, Resolver resolver) {
        // part by part first: resolved whole, "A and the B union" would be the union alone
        List<String> out = new ArrayList<>();
        int start = from;
        for (int k = from; k <= to && out != null; k++) {
            if (k < to && !toks.get(k).is("and")) continue;
            if (k > start) {
                Ref r = resolver.resolve(toks, start, k, s, Set.of());
                String part = r != null ? String.join("; ", r.names()) : asWritten(toks, start, k);
                if (part == null) out = null;
                else if (!out.contains(part)) out.add(part);
            }
            start = k + 1;
        }
        if (out != null && out.size() >= 2) return out;
        Ref whole = resolver.resolve(toks, from, to, s, Set.of());
        return whole != null ? new ArrayList<>(whole.names()) : out == null ? List.of() : out;
    }

    /** A party as written, without its article: only a name or a plural noun ("United Auto Workers union", "studios"). */
    private static String asWritten(List<Token> toks, int from, int to) {
        while (from < to && (toks.get(from).is("the") || toks.get(from).is("its") || toks.get(from).is("their"))) from++;
        if (from >= to || to - from > 8) return null;
        // "the striker Tomas Vell": the descriptive words before a name are no part of it
        int name = from;
        while (name < to && toks.get(name).word() && !toks.get(name).capitalized()) name++;
        if (name > from && to - name >= 2) from = name;
        boolean named = false;
        for (int k = from; k < to; k++) if (toks.get(k).capitalized()) named = true;
        String last = toks.get(to - 1).key();
        boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
        return named || plural ? Resolver.textOf(toks, from, to) : null;
    }

    /** The deal noun after the verb ("reached a tentative deal"), or -1. */
    private static int dealNoun(List<Token> toks, int verb) {
        for (int k = verb + 1; k < toks.size() && k <= verb + 1 + MAX_MODIFIERS; k++) {
            Token t = toks.get(k);
            if (DEAL_NOUNS.contains(t.key())) return k;
            String x = t.text();
            boolean modifier = t.word() && !t.capitalized() || x.equals("-") || x.equals("$") || x.equals("£") || x.equals("€")
                    || x.equals("(") || x.equals(")") || Character.isDigit(x.charAt(0));
            if (!modifier || t.is("to") || t.is("with") || t.is("that") || t.is("on")) return -1;
        }
        return -1;
    }

    private static boolean notYet(List<Token> toks, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) if (NOT_YET.contains(toks.get(k).key())) return true;
        return false;
    }

    /** Where the deal's clause ends: the sentence's end, a semicolon or dash, or ", X said". */
    private static int clauseEnd(List<Token> toks, int from) {
        int end = toks.size();
        while (end > from + 1 && !toks.get(end - 1).word() && !AttributionExtractor.isQuote(toks.get(end - 1).text())) end--;
        for (int k = from + 1; k < end; k++) {
            String x = toks.get(k).text();
            boolean spacedHyphen = x.equals("-") && toks.get(k).start() > toks.get(k - 1).end();
            if (x.equals(";") || x.equals("—") || x.equals("–") || spacedHyphen) return k;
            if (x.equals(",") && attributionFollows(toks, k + 1, end)) return k;
        }
        return end;
    }

    /** ", the union said", ", according to ...": the words after the comma attribute the clause before it. */
    private static boolean attributionFollows(List<Token> toks, int from, int end) {
        for (int k = from; k < end && k < from + 5; k++) {
            Token t = toks.get(k);
            if (t.is("said") || t.is("says") || t.is("told") || t.is("added") || t.is("according") || t.is("announced")) return true;
            if (!t.word()) return false;
        }
        return false;
    }

    /**
     * The one whose goods the deal is about, when no party is "with" it: "a deal to purchase 30 of Boeing's jets",
     * "buy BSkyB's 4.76% holding" — a capitalized name in the possessive that is not a party already.
     */
    private static String possessor(List<Token> toks, int from, int to, List<String> parties) {
        for (int k = from + 1; k < to; k++) {
            if (!toks.get(k).possessive() || !toks.get(k - 1).capitalized()) continue;
            int a = k - 1;
            while (a > from && toks.get(a - 1).capitalized()) a--;
            String name = Resolver.textOf(toks, a, k);
            return parties.contains(name) ? null : name;
        }
        return null;
    }

    /** The party after "with": "a deal with Boeing", "a tentative deal with studios Wednesday". */
    private static String counterpart(List<Token> toks, int from, int to, int s, Resolver resolver) {
        for (int k = from; k < to && k < from + 8; k++) {
            if (!toks.get(k).is("with")) continue;
            int a = k + 1;
            int b = a;
            while (b < to && toks.get(b).word() && !STOPS.contains(toks.get(b).key())) b++;
            if (b == a) return null;
            Ref r = resolver.resolve(toks, a, b, s, Set.of());
            return r != null ? String.join("; ", r.names()) : asWritten(toks, a, b);
        }
        return null;
    }

    private static final Set<String> TIME_LEAD = Set.of("on", "last", "this", "late", "early", "next");
    private static final Set<String> STOPS = Set.of("to", "on", "for", "over", "that", "which", "who", "after", "in", "at",
            "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "worth", "under", "this",
            "last", "next", "earlier", "late", "early");

    /** Beyond a clause's own boundaries, where a deal's subject starts: "after ...", "when ...", "X said ...". */
    private static final Set<String> SUBJECT_ENDS = Set.of("after", "when", "as", "said", "says", "told");

    private static boolean isBoundary(Token t) {
        return AttributionExtractor.isBoundary(t) || SUBJECT_ENDS.contains(t.key());
    }
}
