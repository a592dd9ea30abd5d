package readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import readout.article.Article;
import readout.article.ArticleParser;
import readout.article.Paragraph;
import readout.article.RejectedInputException;
import readout.nlp.Tagger;
import readout.text.Quotes;
import readout.text.SentenceSplitter;
import readout.text.Span;
import readout.text.Token;
import readout.text.Tokenizer;

/**
 * {@code bench --tagger}: the token layer on a corpus, one thread, warm. Time per article of tagging every body
 * sentence with POS beam 3 (OpenNLP's default) or 1 (greedy) and with lemmas from OpenNLP's lemmatizer over the
 * sentence or per (word, tag) remembered, how often the cheaper choice gives the same tag or lemma, and where OpenNLP's sentence detector breaks a paragraph where Readout's
 * splitter does not, and the reverse ({@code --show} lists them). A measurement, not a test.
 */
final class TaggerBench {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private TaggerBench() {}

    /** One article as the engine reads it (readout.extract.Doc): body sentences of the quote-folded text, tokenized. */
    private record Parsed(String name, String text, List<Paragraph> body, List<List<Token>> sentences) {}

    static int run(List<Inputs.Input> inputs, int warmup, int rounds, boolean show, PrintStream out) throws IOException {
        ArticleParser parser = new ArticleParser();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Parsed> corpus = new ArrayList<>();
        long tokens = 0;
        for (Inputs.Input in : inputs) {
            Article a;
            Inputs.Content content = in.read(parser.maxBytes());
            if (content.tooLarge()) continue; // refused by the parser too
            try {
                a = parser.parse(in.source(), null, content.bytes());
            } catch (RejectedInputException e) {
                continue;
            }
            String text = Quotes.singleAsDouble(a.text());
            List<List<Token>> sentences = new ArrayList<>();
            for (Paragraph p : a.body()) {
                for (Span s : splitter.split(text, p.span())) sentences.add(Tokenizer.tokenize(text, s));
            }
            for (List<Token> s : sentences) tokens += s.size();
            corpus.add(new Parsed(in.source(), text, a.body(), sentences));
        }
        if (corpus.isEmpty()) return Main.USAGE;
        int sentences = corpus.stream().mapToInt(p -> p.sentences().size()).sum();
        out.printf(Locale.ROOT, "articles: %d, sentences: %d, tokens: %d (mean %d an article), rounds: %d, warm-up: %d%n",
                corpus.size(), sentences, tokens, tokens / corpus.size(), rounds, warmup);

        long l0 = System.nanoTime();
        Tagger.shared().tag(corpus.get(0).sentences().isEmpty() ? List.of() : corpus.get(0).sentences().get(0));
        out.printf(Locale.ROOT, "first use (loads both models): %.0f ms%n", (System.nanoTime() - l0) / 1e6);

        // the variants' rounds interleave, so a busy machine slows them alike
        Tagger[] variants = {Tagger.variant(3, true), Tagger.variant(1, true), Tagger.variant(3, false), Tagger.variant(1, false)};
        String[] labels = {"POS beam 3, lemmas in context (beam 3)", "POS beam 1, lemmas in context (beam 3)",
            "POS beam 3, lemmas per word, remembered", "POS beam 1, lemmas per word, remembered (the shared tagger)"};
        for (int i = 0; i < warmup; i++) {
            for (Tagger v : variants) v.tagSentences(corpus.get(i % corpus.size()).sentences());
        }
        long[][] times = new long[variants.length][rounds * corpus.size()];
        List<List<List<List<Token>>>> tagged = new ArrayList<>();
        for (Tagger v : variants) tagged.add(new ArrayList<>());
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (Parsed p : corpus) {
                for (int v = 0; v < variants.length; v++) {
                    long t0 = System.nanoTime();
                    List<List<Token>> t = variants[v].tagSentences(p.sentences());
                    times[v][n] = System.nanoTime() - t0;
                    if (r == 0) tagged.get(v).add(t);
                }
                n++;
            }
        }
        for (int v = 0; v < variants.length; v++) {
            long[] t = times[v];
            Arrays.sort(t);
            double mean = Arrays.stream(t).average().orElse(0) / 1e6;
            out.printf(Locale.ROOT, "%-62s per article mean %7.2f ms, median %7.2f ms; %6.1f us a token%n", labels[v] + ":",
                    mean, t[t.length / 2] / 1e6, mean * 1e3 * corpus.size() / tokens);
        }
        // what a fresh JVM pays before its memory of lemmas fills: one pass with an empty one (models warm)
        Tagger fresh = Tagger.variant(1, false);
        long f0 = System.nanoTime();
        for (Parsed p : corpus) fresh.tagSentences(p.sentences());
        out.printf(Locale.ROOT, "%-62s per article mean %7.2f ms%n", "POS beam 1, lemmas per word, first pass (nothing remembered):",
                (System.nanoTime() - f0) / 1e6 / corpus.size());
        out.printf(Locale.ROOT, "same POS, beam 1 as beam 3: %s of the tokens%n", agreement(tagged.get(0), tagged.get(1), false));
        out.printf(Locale.ROOT, "same lemma, per word as in context: %s%n", agreement(tagged.get(0), tagged.get(2), true));
        compareSplitters(corpus, splitter, show, out);
        return Main.OK;
    }

    private static String agreement(List<List<List<Token>>> a, List<List<List<Token>>> b, boolean lemma) {
        long same = 0;
        long all = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int s = 0; s < a.get(i).size(); s++) {
                List<Token> x = a.get(i).get(s);
                List<Token> y = b.get(i).get(s);
                for (int k = 0; k < x.size(); k++) {
                    all++;
                    if (lemma ? x.get(k).lemma().equals(y.get(k).lemma()) : x.get(k).pos() == y.get(k).pos()) same++;
                }
            }
        }
        return String.format(Locale.ROOT, "%.2f%% (%d of %d)", 100.0 * same / Math.max(1, all), same, all);
    }

    /** Sentence ends (offsets) of each body paragraph by both splitters; prints the counts and, with show, each difference. */
    private static void compareSplitters(List<Parsed> corpus, SentenceSplitter splitter, boolean show, PrintStream out)
            throws IOException {
        SentenceDetectorME detector;
        try (InputStream in = TaggerBench.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                out.println("sentence detector: model missing, no comparison");
                return;
            }
            detector = new SentenceDetectorME(new SentenceModel(in));
        }
        int ours = 0;
        int library = 0;
        int onlyOurs = 0;
        int onlyLibrary = 0;
        List<String> shown = new ArrayList<>();
        for (Parsed p : corpus) {
            for (Paragraph para : p.body()) {
                Set<Integer> a = new TreeSet<>();
                Set<Integer> b = new TreeSet<>();
                for (Span s : splitter.split(p.text(), para.span())) a.add(s.end());
                for (opennlp.tools.util.Span s : detector.sentPosDetect(para.span().of(p.text()))) {
                    b.add(para.span().start() + s.getEnd());
                }
                ours += a.size();
                library += b.size();
                a.add(para.span().end());
                b.add(para.span().end());
                for (int e : a) {
                    if (!b.contains(e)) {
                        onlyOurs++;
                        shown.add("readout only  " + p.name() + ": " + around(p.text(), e));
                    }
                }
                for (int e : b) {
                    if (!a.contains(e)) {
                        onlyLibrary++;
                        shown.add("opennlp only  " + p.name() + ": " + around(p.text(), e));
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "sentences: Readout's splitter %d, OpenNLP's detector %d; breaks only Readout makes %d, only OpenNLP %d%n",
                ours, library, onlyOurs, onlyLibrary);
        if (show) shown.forEach(out::println);
    }

    private static String around(String text, int at) {
        return (text.substring(Math.max(0, at - 60), at) + " | " + text.substring(at, Math.min(text.length(), at + 40)))
                .replace('\n', ' ');
    }
}
