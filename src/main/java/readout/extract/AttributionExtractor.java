package readout.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.lexicon.Lexicon;
import readout.lexicon.Lexicon.CueKind;
import readout.text.Sentence;
import readout.text.Span;
import readout.text.Token;

/**
 * Finds who said what and what was agreed, sentence by sentence. A cue (a speech, agreement, commitment,
 * signing or acceptance verb from the lexicon) is attributed to the subject before it ("He said ...",
 * speaker-first), or after a proposition ("..., the leader stressed", content-first), or carried over from
 * the verb it is coordinated with ("... and thanked ...") or the clause a participle hangs on (", adding that
 * ..."; "Noting ..., the ministers said ..."). Quotations are read as one block with their attribution.
 * Stateless between articles; one instance serves many threads.
 */
final class AttributionExtractor {
    private static final Set<String> ADVERBS = Set.of("also", "further", "again", "then", "once", "strongly", "later",
            "earlier", "warmly", "jointly", "repeatedly", "highly", "fully", "firmly", "consistently", "always", "subsequently",
            "recently", "finally", "likewise", "similarly", "too", "previously", "already", "particularly", "specifically",
            "clearly", "openly", "publicly", "separately", "all", "both", "each", "themselves", "reportedly", "had");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "'s", "'", "this", "these", "those", "your", "whose", "no", "any", "such", "of", "for", "by", "in", "on", "at", "with",
            "from", "into", "about", "without");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "may", "might", "must", "can",
            "to", "shall", "cannot", "did", "does", "do", "not", "n't");
    private static final Set<String> EXPRESS_LEMMAS = Set.of("express", "voice", "convey", "extend");
    private static final Set<String> EXPRESS_NOUNS = Set.of("belief", "hope", "hopes", "confidence", "desire", "joy", "delight",
            "concern", "concerns", "support", "gratitude", "thanks", "appreciation", "satisfaction", "readiness", "willingness",
            "wish", "congratulations", "opposition", "regret", "interest", "determination", "commitment", "pleasure", "optimism",
            "pride", "trust", "view", "views", "sorrow", "admiration", "invitation", "condolences", "sympathy", "sympathies",
            "disappointment", "anger", "dismay", "solidarity", "approval", "gratefulness", "happiness", "conviction", "respect");
    private static final Set<String> GREETINGS = Set.of("greetings", "regards", "wishes", "greeting", "felicitations");
    private static final Set<String> EXPRESS_PREPS = Set.of("at", "for", "over", "about", "with", "in", "on");
    private static final Set<String> ADJ_CUES = Set.of("delighted", "pleased", "glad", "happy", "satisfied", "confident",
            "concerned", "optimistic", "worried", "hopeful", "convinced", "grateful");
    private static final Set<String> BE = Set.of("was", "were", "is", "are");
    private static final Set<String> CLAUSE_JOINERS = Set.of("but", "while", "whereas", "and", "although", "though");
    private static final Set<String> DOCUMENT_NOUNS = Set.of("agreement", "declaration", "statement", "deal", "treaty",
            "accord", "memorandum", "mou", "pact", "partnership", "document", "documents", "communique", "communiqué",
            "plan", "framework", "protocol", "charter", "roadmap", "convention", "contract", "agreements", "deals", "resolution",
            "resolutions", "program", "programme", "strategy", "guidelines", "principles", "vision", "manifesto", "release");
    private static final Set<String> SAY_LEMMAS = Set.of("say", "state", "tell", "add", "note", "write", "stress", "affirm",
            "emphasise", "emphasize", "reiterate", "underline", "underscore", "highlight", "report", "claim", "explain", "insist");
    private final Lexicon lex;

    AttributionExtractor(Lexicon lex) {
        this.lex = lex;
    }

    enum Mode { EXPLICIT, TAIL, INVERTED, COORD, LEAD_PARTICIPLE, TRAIL_PARTICIPLE, PASSIVE, ACCORDING }

    /** A cue found in a sentence, and what the extractor worked out about it. */
    private static final class Hit {
        int vStart;        // first token of the cue, auxiliary included
        int vEnd;          // token after the cue
        int contentTok;    // token where the content starts (after "that", the object of "told" ...)
        CueKind kind;
        String lemma;
        Mode mode;
        Ref subject;
        int regionStart = -1;
        int regionEnd = -1;
        int leftBoundary;  // char offset where this cue's clause starts, for the previous cue's content end
        boolean greeting;
        boolean invitation;
        boolean baseForm;
        boolean inQuote;
    }

    private record Invitation(Ref inviter, String text, Span span, int sentence, Set<Person> invitees) {}

    /** What one article yields. */
    record Result(List<Statement> statements, List<Agreement> agreements) {}

    private final class Run {
        final Doc doc;
        final Cast cast;
        final Resolver resolver;
        final List<Statement> statements = new ArrayList<>();
        final List<Agreement> agreements = new ArrayList<>();
        final List<Invitation> invitations = new ArrayList<>();
        Ref lastSpeaker;
        String lastCue;
        int lastSentence = -10;

        Run(Doc doc, Cast cast, Resolver resolver) {
            this.doc = doc;
            this.cast = cast;
            this.resolver = resolver;
        }
    }

    Result extract(Doc doc, Cast cast, Resolver resolver) {
        Run run = new Run(doc, cast, resolver);
        resolver.prepare(doc.tokens);
        Set<Span> unattributed = new HashSet<>();
        Map<Integer, List<Span>> openQuotes = quoteChains(doc, unattributed);
        java.util.Set<Integer> insideChain = new java.util.HashSet<>();
        for (List<Span> chain : openQuotes.values()) for (Span p : chain) insideChain.add(p.start());
        for (int s = 0; s < doc.size(); s++) {
            List<Token> toks = doc.tokens.get(s);
            resolver.enterSentence(s, toks);
            Sentence sent = doc.sentences.get(s);
            if (isInOpenQuote(doc, sent, openQuotes)) continue; // read with the paragraph that attributes it
            boolean lastOfParagraph = s + 1 >= doc.size() || doc.sentences.get(s + 1).paragraph() != sent.paragraph();
            int statementsBefore = run.statements.size();
            int before = run.statements.size() + run.agreements.size();
            // a paragraph of a quotation nobody is credited with after it is read as the text it quotes
            boolean[] quoted = inAny(unattributed, sent.span()) ? new boolean[toks.size()] : quoteMask(doc.text, toks);
            int agreementsBefore = run.agreements.size();
            sentence(run, s, toks, quoted, false);
            if (run.agreements.size() == agreementsBefore) {
                List<Agreement> deals = Deals.find(doc.own, s, toks, quoted, resolver);
                run.agreements.addAll(deals);
                // "X agreed a settlement with Y" is the deal, not X's statement as well
                for (Agreement d : deals) {
                    run.statements.removeIf(st -> st.sentence() == d.sentence() && st.cue().startsWith("agreed") && st.span().overlaps(d.span()));
                }
            }
            possessiveQuotes(run, s, toks);
            if (run.statements.size() + run.agreements.size() == before) {
                continuation(run, s, toks);
                Ref subj = leadingSubject(run, toks, s);
                resolver.noteSubject(subj);
            }
            List<Span> chain = openQuotes.get(sent.paragraph());
            if (chain != null && lastOfParagraph) attributeChain(run, chain, statementsBefore);
        }
        return new Result(dedupe(run.statements), dedupeAgreements(run.agreements));
    }

    /**
     * Quotations over several paragraphs, as newspapers write them: each paragraph opens a quotation mark that
     * only the last one closes, followed by its attribution. Keyed by the last paragraph's index: the spans of
     * the earlier paragraphs' quoted text. The paragraphs of a chain with no attribution after it go to
     * {@code unattributed}.
     */
    private static Map<Integer, List<Span>> quoteChains(Doc doc, Set<Span> unattributed) {
        Map<Integer, Span> paragraphs = new java.util.LinkedHashMap<>();
        for (Sentence s : doc.sentences) {
            Span p = paragraphs.get(s.paragraph());
            paragraphs.put(s.paragraph(), p == null ? s.span() : new Span(p.start(), s.span().end()));
        }
        Map<Integer, List<Span>> chains = new java.util.HashMap<>();
        List<Span> open = new ArrayList<>();
        for (Map.Entry<Integer, Span> e : paragraphs.entrySet()) {
            String t = e.getValue().of(doc.text);
            boolean opens = !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"');
            int balance = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '“') balance++;
                else if (c == '”') balance--;
            }
            boolean straightOdd = t.chars().filter(c -> c == '"').count() % 2 == 1;
            boolean unclosed = opens && (balance > 0 || t.charAt(0) == '"' && straightOdd);
            if (unclosed) {
                // only from the quotation mark left open: a closed quotation and its attribution before it
                // ("“We have ...,” Prabowo told reporters. “This shows ...") are read as a sentence of their own
                open.add(new Span(e.getValue().start() + openingOfUnclosed(t), e.getValue().end()));
            } else if (!open.isEmpty() && opens) {
                // only a chain whose last paragraph attributes it after the quotation closes (", he said."); one with
                // no attribution there (a readout quoted whole after "X said:") is read paragraph by paragraph
                if (attributedAfterClose(t)) {
                    chains.put(e.getKey(), List.copyOf(open));
                } else {
                    unattributed.addAll(open);
                    unattributed.add(e.getValue());
                }
                open.clear();
            } else {
                open.clear();
            }
        }
        return chains;
    }

    private static boolean inAny(Set<Span> spans, Span s) {
        for (Span p : spans) if (p.overlaps(s)) return true;
        return false;
    }

    private static boolean attributedAfterClose(String t) {
        int close = Math.max(t.lastIndexOf('”'), t.lastIndexOf('"'));
        for (int i = close + 1; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) return true;
        return false;
    }

    /** Where the quotation that a paragraph leaves open starts (0 when it is the paragraph's first mark). */
    private static int openingOfUnclosed(String t) {
        int depth = 0;
        int opening = 0;
        boolean straightOpen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“') {
                if (depth == 0) opening = i;
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straightOpen = !straightOpen;
                if (straightOpen) opening = i;
            }
        }
        return opening;
    }

    private static boolean isInOpenQuote(Doc doc, Sentence s, Map<Integer, List<Span>> chains) {
        for (List<Span> chain : chains.values()) {
            for (Span p : chain) if (p.contains(s.span())) return true;
        }
        return false;
    }

    /** The earlier paragraphs of a chain are the same speaker's words, one statement each. */
    private void attributeChain(Run run, List<Span> chain, int statementsBefore) {
        Statement last = null;
        for (int i = run.statements.size() - 1; i >= statementsBefore; i--) {
            if (run.statements.get(i).direct()) {
                last = run.statements.get(i);
                break;
            }
        }
        if (last == null) return;
        for (Span p : chain) {
            Span c = clean(run.doc.text, p.start() + 1, p.end(), null);
            if (c == null) continue;
            int sentence = 0;
            for (Sentence s : run.doc.sentences) {
                if (p.contains(s.span())) {
                    sentence = s.index();
                    break;
                }
            }
            run.statements.add(new Statement(last.speakers(), run.doc.words(c), last.cue(), true, sentence, c,
                    last.speakerMention(), "quote-chain"));
        }
    }

    // ---- one sentence ------------------------------------------------------------------------------------

    private static boolean isAgreementKind(Hit h) {
        return h.kind == CueKind.AGREE || h.kind == CueKind.COMMIT || h.kind == CueKind.SIGN || h.lemma.startsWith("document:");
    }

    private void sentence(Run run, int s, List<Token> toks, boolean[] quoted, boolean inner) {
        List<Hit> hits = findCues(toks, quoted);
        if (hits.isEmpty()) return;
        List<Hit> nested = new ArrayList<>();
        Set<Person> named = namedIn(run.cast, toks);
        List<Hit> accepted = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            Hit prev = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
            if (!attribute(run, s, toks, hit, prev, named, hits, h)) continue;
            if (hit.mode == Mode.TAIL || hit.mode == Mode.INVERTED || hit.mode == Mode.ACCORDING) {
                // Everything before a content-first attribution is its content, not a cue of its own —
                // but what it reports agreed or signed is still an agreement ("The two sides signed ..., X said").
                // ("..., according to X": the same, content first)
                int regionFrom = hit.mode == Mode.TAIL ? hit.regionStart : hit.vStart;
                // An organization or document reporting what a person said ("X thanked Y, the statement said"):
                // the person's words are theirs too, annotated inside the organization's.
                boolean reportsPeople = hit.subject != null && hit.subject.isLabel();
                for (Hit a : accepted) {
                    if (a.vStart < regionFrom && a.mode != Mode.LEAD_PARTICIPLE && isAgreementKind(a)) nested.add(a);
                }
                accepted.removeIf(a -> a.vStart < regionFrom && a.mode != Mode.LEAD_PARTICIPLE
                        && !(reportsPeople && a.subject != null && !a.subject.isLabel() && !isAgreementKind(a)));
            } else if (prev != null && (hit.mode == Mode.EXPLICIT) && prev.mode != Mode.LEAD_PARTICIPLE && prev.mode != Mode.ACCORDING
                    && hit.regionStart >= prev.vEnd && !joined(toks, hit.regionStart)) {
                // a speech verb inside someone's that-clause ("emphasised that the UK believes ...") is theirs;
                // an agreement reported there ("said the leaders agreed to ...") is still an agreement
                if (isAgreementKind(hit)) nested.add(hit);
                continue;
            }
            accepted.add(hit);
        }
        // Leading participles take the subject of the clause they hang on.
        for (int i = 0; i < accepted.size(); i++) {
            Hit a = accepted.get(i);
            if (a.mode == Mode.LEAD_PARTICIPLE) {
                for (int j = i + 1; j < accepted.size(); j++) {
                    if (accepted.get(j).subject != null) {
                        a.subject = accepted.get(j).subject;
                        break;
                    }
                }
            }
        }
        accepted.removeIf(a -> a.subject == null);
        Sentence sent = run.doc.sentences.get(s);
        int sentStart = toks.isEmpty() ? sent.span().start() : toks.get(0).start();
        int sentEnd = toks.isEmpty() ? sent.span().end() : toks.get(toks.size() - 1).end();
        for (int i = 0; i < accepted.size(); i++) {
            Hit a = accepted.get(i);
            int from, to;
            switch (a.mode) {
                case TAIL, INVERTED -> {
                    from = sentStart;
                    to = a.leftBoundary;
                    for (int j = 0; j < i; j++) if (accepted.get(j).mode == Mode.LEAD_PARTICIPLE) from = sentStart;
                }
                case LEAD_PARTICIPLE -> {
                    from = a.contentTok < toks.size() ? toks.get(a.contentTok).start() : sentEnd;
                    to = sentEnd;
                    for (int j = i + 1; j < accepted.size(); j++) {
                        Hit n = accepted.get(j);
                        if (n.regionStart >= 0) {
                            to = toks.get(n.regionStart).start();
                            break;
                        }
                    }
                }
                case ACCORDING -> {
                    if (a.contentTok >= 0) {
                        from = a.contentTok < toks.size() ? toks.get(a.contentTok).start() : sentEnd;
                        to = sentEnd;
                    } else {
                        from = sentStart;
                        to = a.leftBoundary;
                    }
                }
                default -> {
                    from = a.contentTok < toks.size() ? toks.get(a.contentTok).start() : sentEnd;
                    to = sentEnd;
                    for (int j = i + 1; j < accepted.size(); j++) {
                        Hit n = accepted.get(j);
                        if (n.mode == Mode.LEAD_PARTICIPLE) continue;
                        to = n.leftBoundary;
                        break;
                    }
                }
            }
            if (a.regionStart > 0 && (a.mode == Mode.EXPLICIT) && (toks.get(a.regionStart - 1).is("which")
                    || toks.get(a.regionStart - 1).is("who"))) {
                // "..., during which authorities claimed X, Y": the relative clause ends at the comma.
                for (int k = a.contentTok; k < toks.size(); k++) {
                    if (toks.get(k).text().equals(",")) {
                        to = Math.min(to, toks.get(k).start());
                        break;
                    }
                }
            }
            if (to <= from) continue;
            emit(run, s, toks, a, from, to, inner);
            if (a.mode == Mode.TAIL) resumedQuote(run, s, toks, a);
        }
        // Agreements reported inside someone's statement: their content runs to the end of that statement.
        for (Hit a : nested) {
            if (a.subject == null) continue;
            int from = a.contentTok < toks.size() ? toks.get(a.contentTok).start() : sentEnd;
            int to = sentEnd;
            for (Hit n : accepted) {
                boolean contentFirst = n.mode == Mode.TAIL || n.mode == Mode.INVERTED || n.mode == Mode.ACCORDING && n.contentTok < 0;
                if (n.leftBoundary > from && n.leftBoundary < to && contentFirst) to = n.leftBoundary;
            }
            if (to > from) emitAgreementOnly(run, s, toks, a, from, to);
        }
    }

    /**
     * "“In many ways you won,” Corley told the FTC’s lead trial attorney on the case, James Weingarten.": after "told",
     * words with no verb, "that", colon or quotation to the end are who was told.
     */
    private static boolean addresseeToEnd(List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.is("that") || t.text().equals(":") || isQuote(t.text())) return false;
            // (a word the tagger reads as a verb right after a possessive or an article modifies a noun: "the FTC's lead
            // trial attorney"; after a preposition it is a gerund of an adjunct, no clause: "told reporters at a
            // briefing, without naming the client" — measured: narrowing this to articles lost two corpus quotations)
            boolean modifier = k > from && (toks.get(k - 1).possessive() || DETERMINERS.contains(toks.get(k - 1).key()));
            if (t.isVerb() && !modifier || t.isAuxiliary()) return false;
        }
        return true;
    }

    /** "“The door remains open,” Blinken told reporters, “but the choice is theirs.”": the quotation after the cue is theirs too. */
    private void resumedQuote(Run run, int s, List<Token> toks, Hit a) {
        int k = a.vEnd;
        while (k < toks.size() && k - a.vEnd < 6 && !toks.get(k).text().equals(",") && !toks.get(k).text().equals(".")) k++;
        if (k + 1 >= toks.size() || !toks.get(k).text().equals(",") || !isQuote(toks.get(k + 1).text())) return;
        int close = k + 2;
        while (close < toks.size() && !isQuote(toks.get(close).text())) close++;
        if (close >= toks.size() || close == k + 2) return;
        Span c = clean(run.doc.text, toks.get(k + 2).start(), toks.get(close).start(), null);
        if (c == null) return;
        run.statements.add(new Statement(a.subject.names(), run.doc.words(c), cueText(run.doc.text, toks, a),
                true, s, c, Mention.of(run.doc.own, a.subject.mention()), "resumed-quote"));
    }

    private void emitAgreementOnly(Run run, int s, List<Token> toks, Hit h, int from, int to) {
        int before = run.statements.size();
        emit(run, s, toks, h, from, to, true);
        // a single party's nested pledge would have become a statement: it belongs to the outer speaker's words
        while (run.statements.size() > before) run.statements.remove(run.statements.size() - 1);
    }

    private static final Set<String> SAYING_NOUNS = Set.of("saying", "words", "remark", "remarks", "statement", "motto", "quote",
            "phrase", "famous");

    /** "… forever remembers Cuban leader Fidel Castro’s saying, “For Việt Nam, Cuba is willing to shed blood,”": the quote is his. */
    private void possessiveQuotes(Run run, int s, List<Token> toks) {
        for (int i = 1; i + 3 < toks.size(); i++) {
            if (!toks.get(i).possessive() || !SAYING_NOUNS.contains(toks.get(i + 1).key())) continue;
            int q = i + 2;
            if (toks.get(q).text().equals(",") || toks.get(q).text().equals(":")) q++;
            if (q >= toks.size() || !isQuote(toks.get(q).text())) continue;
            int close = q + 1;
            while (close < toks.size() && !isQuote(toks.get(close).text())) close++;
            if (close >= toks.size() || close == q + 1) continue;
            int start = i - 1;
            while (start > 0 && toks.get(start - 1).capitalized()) start--;
            Person who = null;
            for (int k = start; k < i && who == null; k++) {
                Cast.Match m = run.cast.nameAt(toks, k);
                if (m != null && m.person() != null && m.end() == i) who = m.person();
            }
            if (who == null) continue;
            Span content = new Span(toks.get(q + 1).start(), toks.get(close - 1).end());
            content = clean(run.doc.text, content.start(), content.end(), null);
            if (content == null) continue;
            run.statements.add(new Statement(List.of(who.name), run.doc.words(content),
                    toks.get(i + 1).text(), true, s, content,
                    Mention.of(run.doc.own, new Span(toks.get(start).start(), toks.get(i - 1).end())), "possessive-saying"));
        }
    }

    /** A clause joined to the previous one ("..., and said", "; Smith said", ", but X said"). */
    private static boolean joined(List<Token> toks, int regionStart) {
        if (regionStart < toks.size() && CLAUSE_JOINERS.contains(toks.get(regionStart).key())) return true; // ", and Xi accepted"
        int k = regionStart - 1;
        if (k < 0) return true;
        Token t = toks.get(k);
        if (t.text().equals(";")) return true;
        return CLAUSE_JOINERS.contains(t.key());
    }

    private Set<Person> namedIn(Cast cast, List<Token> toks) {
        Set<Person> out = new HashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            Cast.Match m = cast.nameAt(toks, i);
            if (m != null) {
                if (m.person() != null) out.add(m.person());
                i = m.end() - 1;
            }
        }
        return out;
    }

    // ---- finding cues -------------------------------------------------------------------------------------

    private List<Hit> findCues(List<Token> toks, boolean[] quoted) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (quoted[i] || !toks.get(i).word()) continue;
            Token t = toks.get(i);
            // "It was agreed that ...", "it was emphasized to ..."
            if (t.is("it") && i + 2 < toks.size() && (toks.get(i + 1).is("was") || toks.get(i + 1).is("is"))) {
                // "It was also agreed to ...": an adverb may stand before the participle
                int v = i + 2 + (ADVERBS.contains(toks.get(i + 2).key()) && i + 3 < toks.size() ? 1 : 0);
                Lexicon.Cue c = cueAt(toks, v);
                if (c != null && c.words().length == 1 && toks.get(v).key().endsWith("ed") && v + 1 < toks.size()
                        && (toks.get(v + 1).is("that") || toks.get(v + 1).is("to"))) {
                    Hit h = new Hit();
                    h.vStart = i;
                    h.vEnd = v + 1;
                    h.contentTok = v + 2;
                    h.kind = c.kind();
                    h.lemma = c.lemma();
                    h.mode = Mode.PASSIVE;
                    hits.add(h);
                    i = v + 1;
                    continue;
                }
            }
            // "was quoted by Xinhua as saying that ...": the source between the words of the cue
            if (t.is("quoted") && i > 0 && BE.contains(toks.get(i - 1).key()) && i + 1 < toks.size() && toks.get(i + 1).is("by")) {
                int k = i + 2;
                while (k < toks.size() && k < i + 9 && !toks.get(k).is("as")) k++;
                if (k + 1 < toks.size() && toks.get(k).is("as")
                        && (toks.get(k + 1).is("saying") || toks.get(k + 1).is("telling") || toks.get(k + 1).is("stating"))) {
                    Hit h = new Hit();
                    h.vStart = i - 1;
                    h.vEnd = k + 2;
                    h.contentTok = k + 2;
                    h.kind = CueKind.SPEECH;
                    h.lemma = "be quoted as saying";
                    hits.add(h);
                    i = k + 1;
                    continue;
                }
            }
            if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
                Hit h = new Hit();
                h.vStart = i;
                h.vEnd = i + 2;
                h.kind = CueKind.SPEECH;
                h.lemma = "according to";
                h.mode = Mode.ACCORDING;
                hits.add(h);
                i++;
                continue;
            }
            // "were delighted at", "was pleased with"
            if (BE.contains(t.key()) && i + 1 < toks.size() && ADJ_CUES.contains(toks.get(i + 1).key())) {
                Hit h = new Hit();
                h.vStart = i;
                h.vEnd = i + 2;
                if (h.vEnd < toks.size() && (EXPRESS_PREPS.contains(toks.get(h.vEnd).key()) || toks.get(h.vEnd).is("by"))) h.vEnd++;
                h.contentTok = h.vEnd;
                h.kind = CueKind.SPEECH;
                h.lemma = "be " + toks.get(i + 1).key();
                hits.add(h);
                i = h.vEnd - 1;
                continue;
            }
            Lexicon.Cue cue = cueAt(toks, i);
            if (cue == null) continue;
            // A capitalized cue word inside a sentence is a name or a noun ("Party, State and people").
            if (t.capitalized() && i > 0 && !isQuote(toks.get(i - 1).text())) continue;
            // "a statement issued by the PM Office", "a statement issued on behalf of the board": a participle describing
            // the document, not its issuing (whoever issues a document names it after the verb)
            if (cue.kind() == CueKind.SIGN && i > 0 && DOCUMENT_NOUNS.contains(toks.get(i - 1).key())
                    && (i + 1 < toks.size() && toks.get(i + 1).is("by") || t.key().endsWith("ed"))) {
                continue;
            }
            Hit h = verbHit(toks, i, cue);
            if (h == null) continue;
            // "Kerry, who signed the deal on Friday, said ...": a signing or agreeing told of in a relative clause
            // describes the subject (an optional agreement at most) and must not hide the sentence's own cue
            if (h.kind != CueKind.SPEECH && h.vStart >= 2 && (toks.get(h.vStart - 1).is("who") || toks.get(h.vStart - 1).is("which"))
                    && toks.get(h.vStart - 2).text().equals(",")) {
                continue;
            }
            hits.add(h);
            i = h.vEnd - 1;
        }
        return hits;
    }

    private Lexicon.Cue cueAt(List<Token> toks, int i) {
        for (Lexicon.Cue c : lex.cuesStartingWith(toks.get(i).key())) {
            String[] w = c.words();
            if (i + w.length > toks.size()) continue;
            boolean ok = true;
            for (int k = 1; k < w.length && ok; k++) ok = toks.get(i + k).key().equals(w[k]);
            if (ok) return c;
        }
        return null;
    }

    private Hit verbHit(List<Token> toks, int i, Lexicon.Cue cue) {
        Token t = toks.get(i);
        // "... and support for marginalized communities": a cue word the tagger reads as a noun, with a noun's "for" or
        // "of" after it, is no cue. (Not the tag alone: it reads "comments" in '“...,” comments Robin Biesbroek' as a
        // noun too, which cost 4 statements on the dev set.)
        if (t.isNoun() && cue.words().length == 1 && i + 1 < toks.size()
                && (toks.get(i + 1).is("for") || toks.get(i + 1).is("of"))) {
            return null;
        }
        String form = t.key();
        String lemmaHead = cue.lemma().split(" ")[0];
        boolean ing = form.endsWith("ing") && !lemmaHead.endsWith("ing");
        boolean base = form.equals(lemmaHead);
        int p = i - 1;
        while (p >= 0 && (ADVERBS.contains(toks.get(p).key()) || isManner(toks.get(p))) && !toks.get(p).is("had")) p--;
        Token prev = p >= 0 ? toks.get(p) : null;
        int vStart = p + 1 < i ? p + 1 : i;
        boolean took = false;
        if (prev != null && prev.is("to")) {
            // "took the occasion to invite": an infinitive that reports the act itself.
            took = p >= 1 && (toks.get(p - 1).is("occasion") || toks.get(p - 1).is("opportunity") || toks.get(p - 1).is("chance"));
            if (!took) return null;
            int q = p - 1;
            while (q >= 0 && !toks.get(q).is("took") && !toks.get(q).is("take") && !toks.get(q).is("takes") && p - q < 5) q--;
            vStart = q >= 0 && p - q < 5 ? q : p - 1;
        } else if (prev != null && (MODALS.contains(prev.key()) || DETERMINERS.contains(prev.key()) && !ing)) {
            return null;
        } else if (prev != null && DETERMINERS.contains(prev.key()) && ing && !prev.is("by")) {
            return null; // "for assisting", "Castro's saying": a noun, not a cue
        }
        if (prev != null && (prev.is("has") || prev.is("have") || prev.is("had"))) vStart = p;
        if (ing && !(i == 0 || prev == null || prev.text().equals(",") || prev.is("while") || prev.is("after")
                || prev.is("before") || prev.is("when") || prev.is("and") || vStart == 0)) {
            return null;
        }
        // "declared a riot", "declared a state of emergency" are acts; "declared the strike will end" reports a clause
        if (cue.lemma().equals("declare") && !clauseFollows(toks, i + 1)) return null;
        // "was denied bail": what someone was refused, not what they denied
        if (cue.lemma().equals("deny") && prev != null && BE.contains(prev.key())) return null;
        // "commented on the events", "testified about the crash": the topic only, like "discussed" (rule 3)
        int after = i + cue.words().length;
        if (after < toks.size() && (cue.lemma().equals("comment") || cue.lemma().equals("testify"))
                && (toks.get(after).is("on") || toks.get(after).is("about"))) {
            return null;
        }
        Hit h = new Hit();
        h.vStart = vStart;
        h.vEnd = i + cue.words().length;
        h.kind = cue.kind();
        h.lemma = cue.lemma();
        h.baseForm = base && !took;
        if (ing) h.mode = (i == 0 || prev == null || prev.is("while") || prev.is("after") || prev.is("before") || prev.is("when"))
                ? Mode.LEAD_PARTICIPLE : Mode.TRAIL_PARTICIPLE;
        if (EXPRESS_LEMMAS.contains(cue.lemma())) {
            // "expressed his belief that", "extended an invitation", "conveyed his regards" (a greeting: no statement)
            int k = h.vEnd;
            int n = 0;
            while (k < toks.size() && n < 4 && toks.get(k).word() && !EXPRESS_NOUNS.contains(toks.get(k).key())
                    && !GREETINGS.contains(toks.get(k).key())
                    && (DETERMINERS.contains(toks.get(k).key()) || isModifier(toks.get(k)))) {
                k++;
                n++;
            }
            if (k < toks.size() && GREETINGS.contains(toks.get(k).key())) {
                h.greeting = true;
                h.vEnd = k + 1;
            } else if (k < toks.size() && EXPRESS_NOUNS.contains(toks.get(k).key())) {
                h.invitation = toks.get(k).is("invitation");
                h.vEnd = k + 1;
                if (h.vEnd < toks.size() && EXPRESS_PREPS.contains(toks.get(h.vEnd).key())) h.vEnd++;
            } else if (cue.lemma().equals("extend")) {
                return null; // "extended the deadline"
            } else if (cue.lemma().equals("convey")) {
                // "conveyed the leaders' invitation to ..."
                for (int j = h.vEnd; j < Math.min(toks.size(), h.vEnd + 10); j++) {
                    if (toks.get(j).is("invitation")) h.invitation = true;
                    if (GREETINGS.contains(toks.get(j).key())) h.greeting = true;
                }
            }
        }
        if (cue.lemma().equals("invite")) h.invitation = true;
        h.contentTok = h.vEnd;
        // "told reporters that ...", "said in a statement on Monday that ...": the proposition starts after "that"
        if (cue.lemma().equals("tell") || h.vEnd < toks.size() && isAdjunctStart(toks.get(h.vEnd))) {
            for (int j = h.vEnd; j < Math.min(toks.size(), h.vEnd + 10); j++) {
                if (toks.get(j).text().equals(",") || toks.get(j).text().equals(".")) break;
                // "told reporters that ...", "told reporters: “...”"
                if (toks.get(j).is("that") || toks.get(j).text().equals(":")) {
                    h.contentTok = j + 1;
                    break;
                }
            }
        }
        if (h.contentTok < toks.size() && toks.get(h.contentTok).is("that")) h.contentTok++;
        return h;
    }

    /** A that-clause, a quotation or a finite verb within the next few words: "declared (that) the strike will end". */
    private static boolean clauseFollows(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
            Token t = toks.get(k);
            if (t.is("that") || t.text().equals(":") || isQuote(t.text())) return true;
            if (k > from && (t.isAuxiliary() || t.isVerb())) return true;
        }
        return false;
    }

    /** "sharply criticised", "firmly rejected": an adverb in -ly the tagger reads as one stands with the verb. */
    private static boolean isManner(Token t) {
        return t.word() && !t.capitalized() && t.key().length() > 4 && t.key().endsWith("ly") && (!t.isTagged() || t.pos() == readout.text.Pos.ADV);
    }

    private static boolean isModifier(Token t) {
        String k = t.key();
        return k.equals("deep") || k.equals("sincere") || k.equals("best") || k.equals("warm") || k.equals("warmest")
                || k.equals("great") || k.equals("strong") || k.equals("firm") || k.equals("full") || k.equals("profound")
                || k.equals("heartfelt") || k.equals("cordial") || k.equals("deepest") || k.equals("sincerest")
                || k.equals("serious") || k.equals("grave") || k.equals("high") || k.endsWith("'") || k.equals("official");
    }

    // ---- attributing a cue --------------------------------------------------------------------------------

    private boolean attribute(Run run, int s, List<Token> toks, Hit h, Hit prev, Set<Person> named, List<Hit> all, int idx) {
        Resolver r = run.resolver;
        switch (h.mode == null ? Mode.EXPLICIT : h.mode) {
            case PASSIVE -> {
                h.subject = principals(run, s);
                h.leftBoundary = toks.get(h.vStart).start();
                if (h.vStart > 0 && toks.get(h.vStart - 1).is("and")) h.leftBoundary = toks.get(h.vStart - 1).start();
                if (h.vStart > 1 && toks.get(h.vStart - 2).text().equals(",")) h.leftBoundary = toks.get(h.vStart - 2).start();
                return h.subject != null;
            }
            case ACCORDING -> {
                int e = h.vEnd;
                while (e < toks.size() && !toks.get(e).text().equals(",") && !toks.get(e).text().equals(".")) e++;
                h.subject = r.resolve(toks, h.vEnd, e, s, Set.of());
                h.regionStart = h.vEnd;
                h.regionEnd = e;
                if (h.subject == null) return false;
                if (h.vStart == 0 || (h.vStart == 1 && !toks.get(0).word())) {
                    h.contentTok = e < toks.size() && toks.get(e).text().equals(",") ? e + 1 : e;
                } else {
                    h.contentTok = -1;
                    h.leftBoundary = h.vStart > 0 && toks.get(h.vStart - 1).text().equals(",") ? toks.get(h.vStart - 1).start()
                            : toks.get(h.vStart).start();
                }
                return true;
            }
            case LEAD_PARTICIPLE -> {
                h.leftBoundary = toks.get(h.vStart).start();
                return true; // subject comes from the main clause
            }
            case TRAIL_PARTICIPLE -> {
                h.subject = prev != null ? prev.subject : mainSubject(run, toks, h.vStart, s, named);
                int c = h.vStart - 1;
                if (c >= 0 && toks.get(c).is("and")) c--;
                h.leftBoundary = c >= 0 ? toks.get(c).start() : toks.get(h.vStart).start();
                return h.subject != null;
            }
            default -> { }
        }
        int j = h.vStart - 1;
        // Coordination with the previous verb: "... and thanked", "..., and said that", "... - but said it would"
        if (j >= 0 && (toks.get(j).is("and") || toks.get(j).is("but") && prev != null)) {
            // "said Kazakhstan adheres to ... and supports ...": a present tense after a past cue is the reported
            // clause going on, not the speaker's next act ("said ... and thanked ...")
            if (prev != null && isPast(toks.get(prev.vEnd - 1).key()) && isPresentThirdPerson(toks.get(h.vEnd - 1).key())) return false;
            h.mode = Mode.COORD;
            h.subject = prev != null && prev.mode != Mode.TAIL && prev.mode != Mode.INVERTED ? prev.subject
                    : mainSubject(run, toks, j, s, named);
            int c = j;
            if (c > 0 && toks.get(c - 1).text().equals(",")) c--;
            h.leftBoundary = toks.get(c).start();
            return h.subject != null && !(h.baseForm && h.subject.single());
        }
        // The subject: the words back to the clause boundary, skipping a parenthetical ("Diaz-Canel, for his part, described").
        // The subject of this cue stands after the previous cue in the sentence, never before it.
        int floor = idx > 0 ? all.get(idx - 1).vEnd : 0;
        int b = j;
        while (b >= floor && !isBoundary(toks.get(b))) b--;
        if (b < floor) b = floor - 1;
        int regionStart = b + 1;
        int regionEnd = j + 1;
        regionStart = listStart(toks, regionStart, regionEnd, floor);
        Ref subject = null;
        int tries = 0;
        while (true) {
            // "Saidov, who also chairs the commission, proposed": a relative clause between commas is the subject's
            // (and "Khan, while talking to the Afghan minister, said": a participle clause of the same kind)
            boolean relativeClause = regionStart >= 2 && regionStart - 2 >= floor && toks.get(regionStart - 2).text().equals(",")
                    && (toks.get(regionStart - 1).is("who") || toks.get(regionStart - 1).is("which")
                    || (toks.get(regionStart - 1).is("while") || toks.get(regionStart - 1).is("when")) && regionStart < regionEnd
                    && toks.get(regionStart).key().endsWith("ing"));
            if (relativeClause) {
                b = regionStart - 2;
            } else {
                if (regionStart < regionEnd) {
                    Set<Person> elsewhere = new HashSet<>(named);
                    for (int k = regionStart; k < regionEnd; k++) {
                        Cast.Match m = run.cast.nameAt(toks, k);
                        if (m != null) {
                            if (m.person() != null) elsewhere.remove(m.person());
                            k = m.end() - 1;
                        }
                    }
                    subject = r.resolve(toks, regionStart, regionEnd, s, elsewhere);
                }
                // ("X, speaking after a meeting that included Y, said": a relative word inside the parenthetical is
                // no clause boundary of the sentence)
                boolean innerRelative = b >= floor && b >= 0 && (toks.get(b).is("that") || toks.get(b).is("which"));
                if (subject != null || tries++ >= 6 || b < floor || !(toks.get(b).text().equals(",") || innerRelative)
                        || !looksParenthetical(toks, regionStart, regionEnd)) {
                    break;
                }
            }
            // the words before the comma at b, back to the previous boundary
            int nb = b - 1;
            while (nb >= floor && !isBoundary(toks.get(nb))) nb--;
            if (nb < floor) nb = floor - 1;
            regionEnd = b;
            regionStart = nb + 1;
            b = nb;
        }
        // "The talks ended after the two sides adopted ...": when the clause names no one, a subordinate clause's own
        // subject may (only then: "Biden, who ... when he joined them, hailed" is Biden's)
        if (subject == null) {
            for (int q = j; q >= floor && q >= 0 && !isBoundary(toks.get(q)); q--) {
                if (!SUBORDINATORS.contains(toks.get(q).key()) || q + 1 > j) continue;
                Ref sub = r.resolve(toks, q + 1, j + 1, s, Set.of());
                if (sub != null) {
                    subject = sub;
                    regionStart = q + 1;
                    regionEnd = j + 1;
                }
                break;
            }
        }
        // "Chris Davis, deputy police chief, told": the appositive names the person before it.
        // (Only between commas: in "Lavrov will visit China, the ministry said" the ministry is the speaker.)
        // (A role noun there is the appositive too: "Trip Chowdhry, an analyst with ..., said" is not another analyst.)
        if (subject != null && (subject.isLabel() || "role-noun".equals(subject.how())) && regionStart > 1 && toks.get(regionStart - 1).text().equals(",")
                && !toks.get(regionStart).capitalized() && h.vStart > 0 && toks.get(h.vStart - 1).text().equals(",")) {
            int pb = regionStart - 2;
            while (pb >= 0 && !isBoundary(toks.get(pb))) pb--;
            Ref before = r.resolve(toks, pb + 1, regionStart - 1, s, Set.of());
            if (before != null && !before.isLabel()) {
                subject = before;
                regionStart = pb + 1;
            }
        }
        if (subject == null) {
            // Inverted attribution: "..., reports Yonhap News Agency." / "..., said the ministry."
            // (also after a quotation closed on its comma: "“…,” said Prime Minister Keir Starmer.")
            boolean afterComma = h.vStart > 0 && (toks.get(h.vStart - 1).text().equals(",") || h.vStart > 1
                    && isQuote(toks.get(h.vStart - 1).text()) && (toks.get(h.vStart - 2).text().equals(",")
                    || toks.get(h.vStart - 2).text().equals("!") || toks.get(h.vStart - 2).text().equals("?")));
            if (afterComma && h.kind == CueKind.SPEECH) {
                int e = h.vEnd;
                while (e < toks.size() && toks.get(e).word()) e++;
                // "..., said Wang, the Chinese foreign minister.": the appositive after the name is the name's
                boolean appositive = e < toks.size() && toks.get(e).text().equals(",") && appositiveToEnd(toks, e + 1);
                if (e > h.vEnd && (e == toks.size() || !toks.get(e).word() && restIsEnd(toks, e) || appositive)) {
                    Ref inv = r.resolve(toks, h.vEnd, e, s, Set.of());
                    if (inv != null) {
                        h.subject = inv;
                        h.mode = Mode.INVERTED;
                        h.leftBoundary = toks.get(h.vStart - 1).start();
                        return true;
                    }
                }
            }
            // A relative clause naming a document: "the agreement that X and Y adopted when they met"
            return documentClause(run, s, toks, h, named);
        }
        if (h.baseForm && subject.single()) return false;
        h.subject = subject;
        h.regionStart = regionStart;
        h.regionEnd = regionEnd;
        if (documentClause(run, s, toks, h, named)) return true;
        boolean afterComma = regionStart > 0 && (toks.get(regionStart - 1).text().equals(",")
                || isQuote(toks.get(regionStart - 1).text()));
        if (afterComma && h.kind == CueKind.SPEECH && rightIsEmpty(toks, h)) {
            h.mode = Mode.TAIL;
            int c = regionStart - 1;
            while (c > 0 && isQuote(toks.get(c).text())) c--;
            h.leftBoundary = toks.get(c).start();
            return true;
        }
        h.mode = Mode.EXPLICIT;
        int lb = regionStart;
        if (lb > 0 && (CLAUSE_JOINERS.contains(toks.get(lb - 1).key()) || toks.get(lb - 1).text().equals(";"))) {
            lb--;
            if (lb > 0 && toks.get(lb - 1).text().equals(",")) lb--;
        }
        h.leftBoundary = toks.get(lb).start();
        return true;
    }

    /**
     * "Britain, France and Germany agreed": a subject ending in "A and B" may be the end of a list whose earlier
     * names stand before commas; the names (capitalized words, "the") are taken back to the list's start.
     */
    private static int listStart(List<Token> toks, int regionStart, int regionEnd, int floor) {
        boolean and = false;
        for (int k = regionStart; k < regionEnd && !and; k++) and = toks.get(k).is("and");
        int start = regionStart;
        while (and && start >= 2 && start - 1 > floor && toks.get(start - 1).text().equals(",")) {
            int a = start - 2;
            while (a > floor && a >= start - 6 && (toks.get(a - 1).capitalized() || toks.get(a - 1).is("the"))) a--;
            boolean names = true;
            for (int k = a; k < start - 1; k++) names &= toks.get(k).capitalized() || toks.get(k).is("the");
            if (!names || !(a - 1 <= floor || isBoundaryWord(toks.get(a - 1)))) break;
            start = a;
        }
        return start;
    }

    private static boolean isBoundaryWord(Token t) {
        return isBoundary(t) || !t.word();
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "spoke", "gave", "took", "held", "made",
            "sent", "put", "saw", "met");

    private static boolean isPast(String form) {
        return form.endsWith("ed") || IRREGULAR_PAST.contains(form);
    }

    private static boolean isPresentThirdPerson(String form) {
        return form.length() > 3 && form.endsWith("s") && !form.endsWith("ss") && !form.endsWith("us") && !form.endsWith("is");
    }

    static boolean isBoundary(Token t) {
        String x = t.text();
        return x.equals(",") || x.equals(";") || x.equals(":") || x.equals("—") || x.equals("–") || isQuote(x)
                || t.is("that") || t.is("which") || t.is("who") || t.is("but") || t.is("while");
    }

    /** Words that open a subordinate clause, whose subject is its own: "The talks ended after the two sides adopted ...". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "although", "though", "whereas", "when");

    static boolean isQuote(String x) {
        return x.equals("\"") || x.equals("“") || x.equals("”");
    }

    private static boolean looksParenthetical(List<Token> toks, int from, int to) {
        if (from >= to) return true;
        Token t = toks.get(from);
        // "Jeff Gamet, managing editor of The Mac Observer online news site focused on Apple, said": an appositive
        // right after a name may run long
        boolean afterName = from >= 2 && toks.get(from - 1).text().equals(",") && toks.get(from - 2).capitalized();
        // ("Peter Altmaier, Merkel's chief of staff, said": one that opens with a name holds lower-case words)
        boolean lowerInside = false;
        for (int k = from; k < to && !lowerInside; k++) lowerInside = toks.get(k).word() && !toks.get(k).capitalized() && !toks.get(k).possessive();
        // ("..., in Columbus, Ohio, said": a state or country after a place is part of the appositive too)
        return !t.capitalized() && ((to - from) <= 8 || afterName && (to - from) <= 20)
                || afterName && lowerInside && (to - from) <= 20
                || afterName && (to - from) <= 2
                || t.is("in") || t.is("for") || t.is("on") || t.is("during");
    }

    /** Nothing but an adjunct after the cue: "said.", "said in a statement.", "said on Thursday, adding ...". */
    private boolean rightIsEmpty(List<Token> toks, Hit h) {
        int k = h.vEnd;
        if (h.lemma.equals("tell") && addresseeToEnd(toks, k)) return true;
        if (h.lemma.equals("tell")) {
            // "..., Albanese told reporters after the talks.": who was told is not what was said
            int n = 0;
            while (k < toks.size() && n < 4 && toks.get(k).word() && !toks.get(k).is("that") && !isAdjunctStart(toks.get(k))) {
                k++;
                n++;
            }
        }
        if (k >= toks.size()) return true;
        Token t = toks.get(k);
        if (t.text().equals(".") || t.text().equals(",") && nextIsParticipleOrEnd(toks, k + 1) || t.text().equals("!")) return true;
        // "“The door remains open,” Blinken told reporters, “but the choice is theirs.”": the quotation resumes
        if (t.text().equals(",") && k + 1 < toks.size() && isQuote(toks.get(k + 1).text())) return true;
        if (t.is("that") || t.text().equals(":")) return false;
        if (!isAdjunctStart(t)) return false;
        for (int j = k; j < toks.size(); j++) {
            Token x = toks.get(j);
            if (x.is("that")) return false;
            // "in front of 15,522": a thousands comma is no clause boundary
            boolean inNumber = j > 0 && j + 1 < toks.size() && toks.get(j - 1).end() == x.start() && toks.get(j + 1).start() == x.end()
                    && Character.isDigit(toks.get(j - 1).text().charAt(0)) && Character.isDigit(toks.get(j + 1).text().charAt(0));
            if (x.text().equals(",") && !inNumber) {
                // "wrote in the new paper, which was published ...": a relative clause of the adjunct goes on with it
                if (j + 1 < toks.size() && (toks.get(j + 1).is("which") || toks.get(j + 1).is("where"))) continue;
                return nextIsParticipleOrEnd(toks, j + 1) || onlyNameFollows(toks, j + 1);
            }
            if (x.text().equals(".")) return true;
            // "in a written statement": a cue's participle before a noun describes it
            boolean attributive = j > 0 && DETERMINERS.contains(toks.get(j - 1).key());
            if (cueAt(toks, j) != null && j > k + 1 && !attributive && !(j > 0 && toks.get(j - 1).is("was"))) return false;
        }
        return true;
    }

    /** Words that start an adjunct of time, place, means or source after a cue ("said in a statement", "reports citing ..."). */
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "after", "before", "during", "later", "earlier",
            "via", "through", "from", "today", "yesterday", "late", "citing", "quoting",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static boolean isAdjunctStart(Token t) {
        return ADJUNCT_STARTS.contains(t.key());
    }

    /** "..., Taranjit Singh Sandhu.": an appositive name closing an adjunct. */
    private static boolean onlyNameFollows(List<Token> toks, int k) {
        if (k >= toks.size() || !toks.get(k).capitalized()) return false;
        for (int j = k; j < toks.size(); j++) {
            Token t = toks.get(j);
            if (t.word() && !t.capitalized()) return false;
            if (!t.word() && !t.text().equals(".") && !t.text().equals("-")) return false;
        }
        return true;
    }

    private boolean nextIsParticipleOrEnd(List<Token> toks, int k) {
        if (k >= toks.size()) return true;
        return toks.get(k).key().endsWith("ing") || toks.get(k).text().equals(".");
    }

    /** Lower-case words (an article, a role) and nothing else up to the sentence's end: "the Chinese foreign minister." */
    private boolean appositiveToEnd(List<Token> toks, int from) {
        if (from >= toks.size()) return false;
        Token first = toks.get(from);
        // "..., said asbestosis sufferer Bernie Banton, who leads a victims' association."
        if (first.is("who")) return true;
        // "the Chinese foreign minister.", "chairman of the House Foreign Affairs Committee and an author of the measure."
        boolean role = !first.capitalized() && (lex.isRoleWord(first.key()) || lex.isTitle(first.key()));
        if (!(first.is("the") || first.is("a") || first.is("an") || role)) return false;
        for (int k = from; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.word()) return k == toks.size() - 1 && (t.text().equals(".") || t.text().equals("!"));
        }
        return true;
    }

    private boolean restIsEnd(List<Token> toks, int e) {
        for (int k = e; k < toks.size(); k++) if (toks.get(k).word()) return toks.get(k).key().endsWith("ing") && toks.get(k - 1).text().equals(",");
        return true;
    }

    /** The subject of the main clause: the first clause-opening words that name someone. */
    private Ref mainSubject(Run run, List<Token> toks, int before, int s, Set<Person> named) {
        int start = 0;
        // "Meeting in Washington, Obama, Park and Abe said ...": an opening participle phrase is not the subject
        if (!toks.isEmpty() && toks.get(0).capitalized() && toks.get(0).key().endsWith("ing") && toks.get(0).key().length() > 4) {
            for (int k = 1; k < before; k++) {
                if (toks.get(k).text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        for (int k = 0; k <= before && k < toks.size(); k++) {
            if (k == start) {
                int e = k;
                while (e < before && (toks.get(e).capitalized() || toks.get(e).is("of") || toks.get(e).is("and")
                        || toks.get(e).is("the") || !toks.get(e).word() && !toks.get(e).text().equals(",")
                        || lex.isRoleWord(toks.get(e).key()) || lex.isGroupHead(toks.get(e).key()) || isNumberWord(toks.get(e)))) e++;
                if (e > k) {
                    Ref r = run.resolver.resolve(toks, k, e, s, Set.of());
                    if (r != null) return r;
                }
            }
            if (toks.get(k).text().equals(",")) start = k + 1;
        }
        return null;
    }

    private static boolean isNumberWord(Token t) {
        return t.key().equals("two") || t.key().equals("both") || t.key().equals("three") || t.key().matches("\\d");
    }

    /** "the agreement that South Korean President Moon Jae-in and North Korean leader Kim Jong-un adopted ..." */
    private boolean documentClause(Run run, int s, List<Token> toks, Hit h, Set<Person> named) {
        if (h.kind != CueKind.SIGN) return false;
        int k = h.regionStart >= 0 ? h.regionStart - 1 : h.vStart - 1;
        while (k >= 0 && !(toks.get(k).is("that") || toks.get(k).is("which"))) k--;
        if (k < 1 || !DOCUMENT_NOUNS.contains(toks.get(k - 1).key())) return false;
        int np = k - 1;
        while (np > 0 && (toks.get(np - 1).capitalized() || DETERMINERS.contains(toks.get(np - 1).key()) && !toks.get(np - 1).is("to")
                && !toks.get(np - 1).is("of") || isModifier(toks.get(np - 1)))) {
            np--;
            if (toks.get(np).is("the") || toks.get(np).is("a") || toks.get(np).is("an")) break;
        }
        Ref parties = h.subject != null ? h.subject : run.resolver.resolve(toks, k + 1, h.vStart, s, Set.of());
        if (parties == null) return false;
        h.subject = parties;
        h.mode = Mode.EXPLICIT;
        h.lemma = "document:" + h.lemma;
        h.contentTok = np;
        h.leftBoundary = toks.get(np).start();
        h.regionStart = -1;
        return true;
    }

    // ---- emitting ----------------------------------------------------------------------------------------

    private void emit(Run run, int s, List<Token> toks, Hit h, int from, int to, boolean inner) {
        String text = run.doc.text;
        Span span = clean(text, from, to, h);
        if (span == null) return;
        if (!isDirect(text, span) && startsWithQuote(text, span)) {
            // “... in there,” Davis said: the closing mark stands after the comma the content ends before.
            int e = span.end();
            while (e < text.length() && (text.charAt(e) == ',' || text.charAt(e) == '.')) e++;
            if (e < text.length() && isQuoteChar(text.charAt(e))) span = new Span(span.start(), e + 1);
        }
        boolean direct = isDirect(text, span);
        Span content = direct ? unquote(text, span) : dropUnmatchedClose(text, span);
        if (!h.invitation && !h.lemma.startsWith("document:")) content = stripLead(text, content);
        if (!direct && !h.lemma.equals("describe")) content = cutNarrativeAs(text, content);
        if (!direct) content = cutContrast(text, content);
        if (!direct) content = cutNextAction(text, content);
        // "invited Y to visit Oslo, and the minister accepted with pleasure" / ", which he accepted": the invitation ends
        // where its acceptance is told
        boolean acceptedHere = false;
        if (h.invitation) {
            java.util.regex.Matcher acc = ACCEPTED_AFTER.matcher(text).region(content.start(), content.end());
            if (acc.find() && acc.start() > content.start() + 10) {
                content = new Span(content.start(), acc.start());
                acceptedHere = true;
            }
        }
        if (content.length() < 2) return;
        String contentText = run.doc.words(content);
        if (contentText.split(" ").length < 2 && !h.lemma.startsWith("document:")) return;
        // "was pleased to accept the invitation": the acceptance is the act, not what was said
        if (h.kind == CueKind.SPEECH && ACCEPTS_INVITATION.matcher(contentText).lookingAt()) {
            accept(run, s, h, content, cueText(text, toks, h));
            return;
        }
        String cue = cueText(text, toks, h);
        Ref who = h.subject;
        boolean joint = who.plural() || who.isLabel() && who.label().contains(";") || isGroupWords(toks, h);
        if (h.lemma.startsWith("document:")) {
            run.agreements.add(new Agreement(who.names(), contentText, Agreement.SIGNED_DOCUMENT, cue, s, content));
            return;
        }
        switch (h.kind) {
            case AGREE -> {
                if (joint) {
                    run.agreements.add(new Agreement(who.names(), contentText, Agreement.AGREEMENT, cue, s, content));
                    return;
                }
                // "X spoke by phone with his counterpart, Y, and agreed to ...": the one X met agreed with X
                Person partner = who.single() ? partnerOf(run, toks, h.vStart, who.people().get(0)) : null;
                if (partner != null) {
                    run.agreements.add(new Agreement(List.of(who.people().get(0).name, partner.name), contentText,
                            Agreement.AGREEMENT, cue, s, content));
                    return;
                }
            }
            case COMMIT -> {
                if (joint) {
                    run.agreements.add(new Agreement(who.names(), contentText, Agreement.COMMITMENT, cue, s, content));
                    return;
                }
            }
            case SIGN -> {
                // "exchanged a memorandum", not "exchanged views": only documents are exchanged as agreements
                // nor "issues at the university" (a noun), "adopted a son", "concluded he was right": only documents are
                // issued, adopted or concluded as agreements
                if (!mentionsDocument(contentText) && (h.lemma.equals("exchange") || h.lemma.startsWith("witness")
                        || h.lemma.equals("issue") || h.lemma.equals("adopt") || h.lemma.equals("conclude"))) return;
                // "issued a statement saying ...": a statement or release issued is a joint document only when it says so
                if ((h.lemma.equals("issue") || h.lemma.equals("adopt")) && !contentText.toLowerCase(java.util.Locale.ROOT).contains("joint")
                        && ISSUED_WORDS.matcher(contentText).lookingAt()) return;
                if (joint || isEventSubject(toks, h)) {
                    // "The meeting adopted ...": everyone in it; "The two sides signed ...": the two
                    List<String> parties = joint ? who.names() : principalNames(run);
                    run.agreements.add(new Agreement(parties, contentText, Agreement.SIGNED_DOCUMENT, cue, s, content));
                }
                return;
            }
            case ACCEPT -> {
                accept(run, s, h, content, cue);
                return;
            }
            default -> { }
        }
        if (joint && JOINT_COMMITMENT.matcher(contentText).lookingAt()) {
            // "The two sides reaffirmed their commitment to ...": a joint pledge is a commitment
            run.agreements.add(new Agreement(who.names(), contentText, Agreement.COMMITMENT, cue, s, content));
            return;
        }
        if (h.lemma.equals("announce") && joint && mentionsDocument(contentText)) {
            run.agreements.add(new Agreement(who.names(), contentText, Agreement.SIGNED_DOCUMENT, cue, s, content));
            return;
        }
        if (h.greeting) return;
        Statement st = new Statement(who.names(), contentText, cue, direct, s, content, Mention.of(run.doc.own, who.mention()), via(h, who));
        run.statements.add(st);
        if (h.invitation) {
            Span invited = invitationSpan(toks, h, content);
            Invitation invitation = new Invitation(who, run.doc.words(invited), invited, s, peopleIn(run, s, content));
            run.invitations.add(invitation);
            if (acceptedHere && !invitation.invitees().isEmpty()) {
                List<String> parties = new ArrayList<>(who.names());
                for (Person p : invitation.invitees()) if (!parties.contains(p.name)) parties.add(p.name);
                run.agreements.add(new Agreement(parties, invitation.text(), Agreement.INVITATION_ACCEPTED, cue, s, invitation.span()));
            }
        }
        if (!inner) {
            run.resolver.noteSpeaker(who);
            run.lastSpeaker = who;
            run.lastCue = cue;
            run.lastSentence = s;
            if (direct && who.isLabel()) innerQuote(run, s, content);
        }
    }

    /**
     * "extended an invitation to X to visit ...": the invitation's own words open what was accepted, so its span
     * starts at them (a record's text is always the text at its span).
     */
    private static Span invitationSpan(List<Token> toks, Hit h, Span content) {
        for (int k = h.vStart; k < Math.min(h.vEnd, toks.size()); k++) {
            if (!toks.get(k).is("invitation")) continue;
            int from = k > h.vStart && INVITATION_DETERMINERS.contains(toks.get(k - 1).key()) ? k - 1 : k;
            return toks.get(from).start() < content.start() ? new Span(toks.get(from).start(), content.end()) : content;
        }
        return content;
    }

    private static final Set<String> INVITATION_DETERMINERS = Set.of("an", "the", "his", "her", "their", "its", "a");

    /** "explicit/pronoun", "inverted/name", "passive": the attribution's shape, then the rule that resolved its speaker. */
    private static String via(Hit h, Ref who) {
        String shape = (h.mode == null ? Mode.EXPLICIT : h.mode).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return who.how() == null ? shape : shape + "/" + who.how();
    }

    private static final Set<String> MEETING_WORDS = Set.of("with", "met", "meets", "received", "receives", "hosted", "hosts",
            "called", "phoned", "welcomed");

    /** The one person a sentence says the speaker met or spoke with before the cue ("spoke with ..., Wang Yi,"). */
    private static Person partnerOf(Run run, List<Token> toks, int cue, Person subject) {
        Person partner = null;
        for (int k = 0; k < cue; k++) {
            if (!toks.get(k).word() || !MEETING_WORDS.contains(toks.get(k).key())) continue;
            for (int n = k + 1; n < Math.min(cue, k + 8); n++) {
                Cast.Match m = run.cast.nameAt(toks, n);
                if (m == null || m.person() == null || m.person() == subject) continue;
                if (partner != null && partner != m.person()) return null; // several: no one partner
                partner = m.person();
                n = m.end() - 1;
            }
        }
        return partner;
    }

    private boolean isGroupWords(List<Token> toks, Hit h) {
        if (h.regionStart < 0) return false;
        for (int k = h.regionStart; k < h.regionEnd; k++) {
            String x = toks.get(k).key();
            if (x.equals("sides") || x.equals("both") || x.equals("they") || x.equals("two")) return true;
            // a plural head inside a name is no group: "United States", "Gulf States"
            if (lex.isGroupHead(x) && x.endsWith("s") && !toks.get(k).capitalized()) return true;
        }
        return false;
    }

    private static boolean isEventSubject(List<Token> toks, Hit h) {
        if (h.regionStart < 0) return false;
        for (int k = h.regionStart; k < h.regionEnd; k++) {
            String x = toks.get(k).key();
            if (x.equals("meeting") || x.equals("talks") || x.equals("summit") || x.equals("session") || x.equals("conference")
                    || x.equals("sides") || x.equals("parties")) return true;
        }
        return false;
    }

    private static boolean mentionsDocument(String text) {
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) if (DOCUMENT_NOUNS.contains(w)) return true;
        return false;
    }

    private Set<Person> peopleIn(Run run, int sentence, Span span) {
        Set<Person> out = new LinkedHashSet<>();
        {
            List<Token> toks = run.doc.tokens.get(sentence);
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).start() < span.start() || toks.get(i).end() > span.end()) continue;
                Cast.Match m = run.cast.nameAt(toks, i);
                if (m != null) {
                    out.addAll(m.candidates());
                    i = m.end() - 1;
                }
            }
        }
        return out;
    }

    /** "X has accepted the invitation": the invitation is the last one that was addressed to X. */
    private void accept(Run run, int s, Hit h, Span content, String cue) {
        Ref acceptor = h.subject;
        for (int i = run.invitations.size() - 1; i >= 0; i--) {
            Invitation inv = run.invitations.get(i);
            if (inv.sentence() > s) continue;
            boolean toAcceptor = acceptor.people().isEmpty() || inv.invitees().stream().anyMatch(acceptor.people()::contains);
            boolean notOwn = acceptor.people().isEmpty() || !inv.inviter().people().equals(acceptor.people());
            if (toAcceptor && notOwn) {
                List<String> parties = new ArrayList<>(acceptor.names());
                for (String n : inv.inviter().names()) if (!parties.contains(n)) parties.add(n);
                run.agreements.add(new Agreement(parties, inv.text(), Agreement.INVITATION_ACCEPTED, cue, s, inv.span()));
                return;
            }
        }
    }

    /** Inside an organization's quotation, the speech acts of others are theirs ("The Pakistan side reiterated ..."). */
    private void innerQuote(Run run, int s, Span quote) {
        List<Token> toks = run.doc.tokens.get(s);
        List<Token> sub = new ArrayList<>();
        for (Token t : toks) if (t.start() >= quote.start() && t.end() <= quote.end()) sub.add(t);
        if (sub.isEmpty()) return;
        sentence(run, s, sub, new boolean[sub.size()], true);
    }

    /** The people who took part, for passive cues ("It was agreed that ..."): as sides when each is a country's. */
    private Ref principals(Run run, int sentence) {
        Ref group = run.resolver.pluralRef(0, sentence, null, false);
        List<Person> ps = group == null ? run.cast.people : group.people();
        if (ps.size() < 2) return group;
        List<String> countries = new ArrayList<>();
        for (Person p : ps) {
            String c = p.country != null ? p.country : run.resolver.homeCountry();
            if (c == null || countries.contains(c)) return Ref.people(ps);
            countries.add(c);
        }
        return Ref.label(String.join("; ", countries));
    }

    private List<String> principalNames(Run run) {
        List<String> out = new ArrayList<>();
        for (Person p : run.cast.people) out.add(p.name);
        return out;
    }

    // ---- continuations -----------------------------------------------------------------------------------

    /** A sentence with no cue that carries on the previous speaker's words: a bare quotation after theirs. */
    private void continuation(Run run, int s, List<Token> toks) {
        if (run.lastSpeaker == null || run.lastSentence != s - 1 || toks.isEmpty()) return;
        String text = run.doc.text;
        Token first = toks.get(0);
        // Free indirect speech ("Wang said ... . The reform would also ...") is not taken: a pass that did (a reported
        // modal or present tense after a report) was right 2 times in 8, then 3 in 27, on the dev set — the sentence
        // after a report is the story's own narrative far more often.
        if (isQuote(first.text()) || first.text().equals("'")) {
            // "“China will respond,” said Wang, ...": a speaker of its own, even one not resolved here
            if (hasOwnSpeechVerb(text, toks)) return;
            Span whole = new Span(first.start(), toks.get(toks.size() - 1).end());
            Span c = clean(text, whole.start(), whole.end(), null);
            if (c == null) return;
            Span inner = isDirect(text, c) || startsWithQuote(text, c) ? unquote(text, c) : c;
            run.statements.add(new Statement(run.lastSpeaker.names(), run.doc.words(inner), run.lastCue, true, s, inner,
                    Mention.of(run.doc.own, run.lastSpeaker.mention()), "continuation-quote"));
            run.lastSentence = s;
            if (run.lastSpeaker.isLabel()) innerQuote(run, s, inner);
        }
    }

    /** Whether a sentence has a verb of saying outside its quotations. */
    private boolean hasOwnSpeechVerb(String text, List<Token> toks) {
        for (Hit h : findCues(toks, quoteMask(text, toks))) if (SAY_LEMMAS.contains(h.lemma)) return true;
        return false;
    }

    /** A sentence that opens with a person or pronoun keeps them in view for "he" later. */
    private Ref leadingSubject(Run run, List<Token> toks, int s) {
        if (toks.isEmpty()) return null;
        int e = 0;
        while (e < toks.size() && (toks.get(e).capitalized() || toks.get(e).is("of") || toks.get(e).is("the")
                || toks.get(e).is("and") || toks.get(e).text().equals("(") || toks.get(e).text().equals(")"))) e++;
        if (e == 0) return null;
        return run.resolver.resolve(toks, 0, e, s, Set.of());
    }

    // ---- text helpers ------------------------------------------------------------------------------------

    private String cueText(String text, List<Token> toks, Hit h) {
        int a = h.vStart;
        int b = Math.max(h.vStart + 1, Math.min(h.vEnd, toks.size()));
        if (h.mode == Mode.PASSIVE) a = h.vStart;
        String c = text.substring(toks.get(a).start(), toks.get(b - 1).end());
        return c.replaceAll("\\s+", " ");
    }

    /** Trim white space, punctuation, a leading "that"/"to", time adverbs and a closing agency mark. */
    private Span clean(String text, int from, int to, Hit h) {
        int s = from, e = to;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',' || text.charAt(s) == ':')) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:/!".indexOf(text.charAt(e - 1)) >= 0)) e--;
        // a trailing comma inside the closing quotation mark: “... in there,” -> keep the mark, drop the comma
        if (e - s > 2 && isQuoteChar(text.charAt(e - 1)) && (text.charAt(e - 2) == ',' || text.charAt(e - 2) == '.')) {
            // handled by unquote
        }
        String rest = text.substring(s, e);
        String stripped = TIME_ADVERB.matcher(rest).replaceFirst("");
        s += rest.length() - stripped.length();
        String lower = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("that ")) s += 5;
        if (h != null && !h.invitation && lower.startsWith("to ") && (h.kind != CueKind.SPEECH || h.mode == Mode.PASSIVE
                || isLeadingInfinitive(text, s + 3, e))) s += 3;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        if (e - s < 2) return null;
        return new Span(s, e);
    }

    /** "thanked Sato for his hospitality.”" in a quoted readout: a closing mark with no opening one is no part of it. */
    private static Span dropUnmatchedClose(String text, Span s) {
        if (s.length() < 2 || !isQuoteChar(text.charAt(s.end() - 1))) return s;
        int marks = 0;
        for (int i = s.start(); i < s.end(); i++) if (isQuoteChar(text.charAt(i))) marks++;
        if (marks % 2 == 0) return s;
        int e = s.end() - 1;
        while (e > s.start() && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) e--;
        return new Span(s.start(), e);
    }

    private static boolean isLeadingInfinitive(String text, int s, int e) {
        // "proposed to jointly defeat", "affirmed to work with": a verb (or adverb + verb) follows "to"
        int w = s;
        while (w < e && Character.isLetter(text.charAt(w))) w++;
        String word = text.substring(s, w);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.equals("the") && !word.equals("a")
                && !word.equals("an") && !word.equals("his") && !word.equals("her") && !word.equals("their");
    }

    private static final java.util.regex.Pattern JOINT_COMMITMENT = java.util.regex.Pattern.compile(
            "(?i)(their|its|the) (strong |firm |shared |joint )?(commitment|determination|will|resolve|pledge|effort)s? (to|for)\\b");
    private static final java.util.regex.Pattern TIME_ADVERB = java.util.regex.Pattern.compile(
            "^(?i)(on |later |earlier |late )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
                    + "( night| morning| evening| afternoon)?,?\\s+");
    private static final java.util.regex.Pattern NARRATIVE_AS = java.util.regex.Pattern.compile(
            " as (?:[\\p{L}\\p{N}'’-]+ ){1,7}?(?:[a-z]+ed|held|met|began|took|made|gave|came|went|led|sat|saw|spoke|rose|fell) "
                    // a verb of its own, not a participle ("conference slated for October")
                    + "(?!(?:for|by|to|at|in|on|with|from|as|under|over)\\b)");

    /**
     * "assured support for a stable Afghanistan as delegations from the two nations held talks": a clause of
     * narration joined by "as" (with a verb in the past) is the story's, not the speaker's. "as the two
     * countries are celebrating ..." (a reason, in the present), "as well as" and "such as" stay.
     */
    private static Span cutNarrativeAs(String text, Span s) {
        // The pattern is tried only where " as " stands: cheap on the many propositions without one.
        for (int at = indexWithin(text, " as ", s.start(), s.end()); at >= 0; at = indexWithin(text, " as ", at + 1, s.end())) {
            if (at - s.start() <= 15 || precededBy(text, at, "well", "such", "so", "just")) continue;
            java.util.regex.Matcher m = NARRATIVE_AS.matcher(text).region(at, s.end());
            if (m.lookingAt()) return new Span(s.start(), at);
        }
        return s;
    }

    /**
     * "reaffirmed the strength of the Alliance and discussed efforts to support Ukraine": the speaker's next action
     * (talks, reviews, visits — not speech) is narration, not what was reaffirmed. Only after an object without a
     * verb of its own: in "said the ministers had met and discussed trade" the discussion is what was said.
     */
    private static Span cutNextAction(String text, Span s) {
        java.util.regex.Matcher m = NEXT_ACTION.matcher(text).region(s.start(), s.end());
        if (!m.find() || m.start() - s.start() <= 15) return s;
        java.util.regex.Matcher verb = FINITE_VERB.matcher(text).region(s.start(), m.start());
        return verb.find() ? s : new Span(s.start(), m.start());
    }

    /** A time adverbial between the cue and its infinitive: "agreed last month to", "pledged on Friday to". */
    private static final java.util.regex.Pattern LEADING_WHEN = java.util.regex.Pattern.compile(
            "(?:(?:last|next|this|earlier this|later this) (?:week|month|year|weekend)|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                    + "|Saturday|Sunday)|today|yesterday|on \\w+ \\d{1,2}|in \\w+ \\d{4}),? (?=to )");
    private static final java.util.regex.Pattern ISSUED_WORDS = java.util.regex.Pattern.compile(
            "(?i)(?:a|an|the|their|its|his|her) (?:[\\w-]+ )?(?:statement|release|press release)\\b");
    private static final java.util.regex.Pattern ACCEPTED_AFTER = java.util.regex.Pattern.compile(
            ",? (?:and|which) (?:[^,;.]{0,60} )?accepted\\b");
    private static final java.util.regex.Pattern ACCEPTS_INVITATION = java.util.regex.Pattern.compile(
            "(?i)accept(?:ed|s)? (?:the|an|his|her|their|this|that) invitation\\b");
    private static final java.util.regex.Pattern NEXT_ACTION = java.util.regex.Pattern.compile(
            "(?:,? and (?:also )?|, (?:\\w+ly )?)(?:discussed|reviewed|exchanged views|held (?:talks|discussions)|talked about|visited|attended|toured"
                    + "|looked forward|welcomed|thanked|congratulated|invited|expressed|underlined|stressed|emphasi[sz]ed)\\b");
    private static final java.util.regex.Pattern FINITE_VERB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:that|is|are|was|were|(?<!(?:the|their|its|his|her|our) )will|would|has|have|had|can|could|should|must|may|might|met|held|did|does|do)\\b");

    /** "the man was mentally ill, but Portland's team was not called": what follows ", but" is the story's contrast. */
    private static Span cutContrast(String text, Span s) {
        int at = indexWithin(text, ", but ", s.start(), s.end());
        if (at > s.start() + 15) return new Span(s.start(), at);
        // "..., according to the state broadcaster": the source of the report, not what was reported
        at = indexWithin(text, ", according to ", s.start(), s.end());
        return at > s.start() + 15 ? new Span(s.start(), at) : s;
    }

    /** Where needle starts in text[from, end), or -1: bounded, so a long article is not scanned once per statement. */
    private static int indexWithin(String text, String needle, int from, int end) {
        for (int i = from, last = end - needle.length(); i <= last; i++) {
            if (text.startsWith(needle, i)) return i;
        }
        return -1;
    }

    private static boolean precededBy(String text, int at, String... words) {
        for (String w : words) {
            int from = at - w.length();
            if (from >= 0 && text.regionMatches(true, from, w, 0, w.length()) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "agreed to work ..." -> "work ...", "agreed on the importance" -> "the importance", "agreed last month to ..." -> "...". */
    private static Span stripLead(String text, Span s) {
        int a = s.start();
        java.util.regex.Matcher when = LEADING_WHEN.matcher(text).region(a, s.end());
        if (when.lookingAt()) a = when.end();
        if (text.startsWith("to ", a) && s.length() > 3) a += 3;
        if (text.startsWith("on ", a) && s.end() - a > 3) a += 3;
        return new Span(a, s.end());
    }

    private static boolean isQuoteChar(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean startsWithQuote(String text, Span s) {
        return s.length() > 0 && (isQuoteChar(text.charAt(s.start())) || text.charAt(s.start()) == '\'');
    }

    /** The whole proposition stands inside one pair of quotation marks. */
    private static boolean isDirect(String text, Span s) {
        if (s.length() < 3) return false;
        char a = text.charAt(s.start());
        char b = text.charAt(s.end() - 1);
        if (!isQuoteChar(a) || !isQuoteChar(b)) return false;
        for (int i = s.start() + 1; i < s.end() - 1; i++) if (isQuoteChar(text.charAt(i))) return false;
        return true;
    }

    private static Span unquote(String text, Span s) {
        int a = s.start(), b = s.end();
        while (a < b && (isQuoteChar(text.charAt(a)) || text.charAt(a) == '\'' || Character.isWhitespace(text.charAt(a)))) a++;
        while (b > a && (isQuoteChar(text.charAt(b - 1)) || Character.isWhitespace(text.charAt(b - 1)) || ",.".indexOf(text.charAt(b - 1)) >= 0)) b--;
        return new Span(a, b);
    }

    /** Tokens inside quotation marks (their cues belong to the quoted speaker, read separately). */
    private static boolean[] quoteMask(String text, List<Token> toks) {
        boolean[] mask = new boolean[toks.size()];
        boolean open = false;
        int straight = 0;
        for (Token t : toks) if (t.text().equals("\"")) straight++;
        boolean straightOpen = false;
        for (int i = 0; i < toks.size(); i++) {
            String x = toks.get(i).text();
            if (x.equals("“")) {
                open = true;
                continue;
            }
            if (x.equals("”")) {
                open = false;
                continue;
            }
            if (x.equals("\"")) {
                if (straight % 2 == 0 || i == 0) straightOpen = !straightOpen;
                continue;
            }
            mask[i] = open || straightOpen;
        }
        return mask;
    }

    private static List<Statement> dedupe(List<Statement> in) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : in) {
            if (seen.add(s.speakers() + "|" + s.text().toLowerCase(java.util.Locale.ROOT))) out.add(s);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static List<Agreement> dedupeAgreements(List<Agreement> in) {
        List<Agreement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // two or more parties, or no agreement (GUIDELINE rule 8): "Benin officials agreed" names one
        for (Agreement a : in) if (a.parties().size() >= 2 && seen.add(a.kind() + "|" + a.text().toLowerCase(java.util.Locale.ROOT))) out.add(a);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
