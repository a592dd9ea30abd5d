package readout.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import readout.text.Fold;
import readout.text.Pos;
import readout.text.Token;

/**
 * Part-of-speech tags (UD) and lemmas for the tokens Readout's own tokenizer made, from OpenNLP's maximum-entropy
 * tagger and lemmatizer with the UD English-EWT models. Tokens keep their text and spans; only {@code pos} and
 * {@code lemma} are added. Deterministic and thread-safe: the models are shared, the OpenNLP taggers (which keep
 * per-call state) are one per thread.
 */
public final class Tagger {
    /**
     * Tokens tagged per {@link #tagSentences} call (one article): a long article has a few thousand; past this a
     * hostile input's rest stays untagged, so the cost stays bounded.
     */
    public static final int MAX_TOKENS = 20_000;
    /**
     * Lemmas remembered per (word, tag), a few MB at most; past this they are still computed, just not kept. The
     * lemma is a pure function of the pair, so what is remembered changes no result, only the time.
     */
    private static final int MAX_MEMO = 50_000;

    private static final class Shared {
        static final Tagger INSTANCE = new Tagger(1, false);
    }

    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    private final boolean lemmasInContext;
    /*
     * One pair of OpenNLP taggers per thread rather than per call: a POSTaggerME costs ~0.35 ms to make (it builds
     * its feature generators from the model's XML descriptor), several times the ~0.1 ms of tagging a sentence;
     * a LemmatizerME costs ~3 us. Measured on one warm JVM, 20-token sentences.
     */
    private final ThreadLocal<Engines> engines;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    private record Engines(POSTaggerME pos, LemmatizerME lemmas) {}

    private Tagger(int posBeam, boolean lemmasInContext) {
        this.posModel = Models.pos(posBeam);
        this.lemmaModel = Models.lemmas(3);
        this.lemmasInContext = lemmasInContext;
        // UD: the model's own tag set, passed through unchanged (CUSTOM would do the same but logs a warning per tagger)
        this.engines = ThreadLocal.withInitial(() ->
                new Engines(new POSTaggerME(posModel, POSTagFormat.UD), new LemmatizerME(lemmaModel)));
    }

    /**
     * The tagger of this JVM; its models load on the first call (about 1 s on a cold JVM). Its choices, from
     * {@code readout bench --tagger} on the 78 dev articles (36,821 tokens, one thread, warm, a busy 2-core box):
     * <ul>
     * <li>POS greedy (beam 1): the very tags of OpenNLP's default beam of 3 on every token, 3.6 instead of 8.2 ms
     * an article (lemmas as below);
     * <li>lemmas per (word, tag), remembered: 3.6 ms an article against 69 ms for OpenNLP's lemmatizer over each
     * sentence (beam 3; about a third of that with beam 1), 7.3 ms on a first pass with nothing remembered; the same
     * lemma on 99.56% of the tokens, and where they differ neither is clearly better ("her" -> "her" / "she",
     * "patients" -> "patient" / "patience").
     * </ul>
     */
    public static Tagger shared() {
        return Shared.INSTANCE;
    }

    /**
     * A tagger for measuring the choices {@link #shared()} made, over the same loaded models: {@code posBeam} is
     * the POS beam width (OpenNLP's default is 3); {@code lemmasInContext} runs OpenNLP's lemmatizer over the
     * whole sentence (beam 3) instead of on each (word, tag) alone. The lemmatizer's features are the word, its
     * affixes, its tag and the previous word's edit class only, so a word alone loses just that last one, and the
     * lemma of a (word, tag) pair becomes a pure function worth remembering: news repeats its words.
     */
    public static Tagger variant(int posBeam, boolean lemmasInContext) {
        return new Tagger(posBeam, lemmasInContext);
    }

    /** The tokens of one sentence, tagged, in the same order and with the same spans. */
    public List<Token> tag(List<Token> sentence) {
        int n = sentence.size();
        if (n == 0) return List.of();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) words[i] = modelForm(sentence.get(i).text());
        Engines e = engines.get();
        String[] tags = e.pos.tag(words);
        // the lemmatizer was trained on the tagger's own tags, joined ones ("AUX+PART" for "don't") included
        String[] lemmas = lemmasInContext ? e.lemmas.lemmatize(words, tags) : null;
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = sentence.get(i);
            Pos pos = Pos.of(tags[i]);
            String lemma = firstPart(lemmas != null ? lemmas[i] : lemma(e, words[i], tags[i]));
            if (t.possessive() && i > 0 && pos != Pos.AUX && pos != Pos.VERB) {
                // the model never saw a split-off possessive (EWT joins "Hanoi's"): it calls it PUNCT
                pos = Pos.PART;
                lemma = "'s";
            }
            out.add(t.tagged(pos, lemma.isEmpty() || lemma.equals("_") ? t.key() : Fold.fold(lemma)));
        }
        return out;
    }

    /**
     * The sentences of one article, tagged, up to {@link #MAX_TOKENS} tokens; the sentences after that are
     * returned as they came (untagged).
     */
    public List<List<Token>> tagSentences(List<List<Token>> sentences) {
        List<List<Token>> out = new ArrayList<>(sentences.size());
        int budget = MAX_TOKENS;
        for (List<Token> s : sentences) {
            if (s.size() <= budget) {
                out.add(tag(s));
                budget -= s.size();
            } else {
                budget = 0;
                out.add(s);
            }
        }
        return out;
    }

    private String lemma(Engines e, String word, String tag) {
        String key = tag + ' ' + word;
        String lemma = memo.get(key);
        if (lemma == null) {
            lemma = choose(word, e.lemmas.topKLemmaClasses(new String[] {word}, new String[] {tag}));
            if (memo.size() < MAX_MEMO) memo.putIfAbsent(key, lemma);
        }
        return lemma;
    }

    /*
     * The lemmatizer writes a lemma as an edit of the form, and on a word it rarely saw the edit it is surest of
     * can be nonsense: "commended" -> "ecommend" (p 0.73), "joins" -> "in" (0.46), "resumed" -> "resum" (0.34),
     * while on the words it knows it is sure: "said" -> "say", "went" -> "go", "children" -> "child" (0.98 and
     * up). Below a sure answer, the first of its three best that a regular ending explains ("commend", "join",
     * "resume") is taken; failing that its best if even odds, else the form itself, never an invented word.
     */
    private static final double SURE = 0.8;

    static String choose(String word, Sequence[] best) {
        if (best.length == 0) return word.toLowerCase(Locale.ROOT);
        String[] candidates = new String[best.length];
        for (int i = 0; i < best.length; i++) {
            String ses = best[i].getOutcomes().get(0);
            candidates[i] = LemmatizerME.decodeLemmas(new String[] {word}, new String[] {ses})[0];
        }
        double p = best[0].getProbs()[0];
        if (p >= SURE) return candidates[0];
        String form = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) if (Inflection.explains(form, firstPart(c))) return c;
        return p >= 0.5 ? candidates[0] : form;
    }

    /** Straight quotes and apostrophes for the model, so a word reads the same whichever marks the article uses. */
    private static String modelForm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '’' || c == '‘' || c == '“' || c == '”' || c == '„') {
                return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('„', '"');
            }
        }
        return text;
    }

    /** "do+not" (the lemma of the one token "don't") -> "do". */
    private static String firstPart(String lemma) {
        int plus = lemma.indexOf('+');
        return plus > 0 ? lemma.substring(0, plus) : lemma;
    }
}
