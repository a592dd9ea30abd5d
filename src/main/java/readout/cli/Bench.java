package readout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import readout.Readout;
import readout.record.SummaryRecord;

/**
 * {@code bench}: articles per second and median / p99 time per article, single thread, after warm-up, over
 * a corpus of real articles (the embedded samples by default). A measurement, not a test.
 */
final class Bench {
    private Bench() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        int warmup = 2000;
        int rounds = 20;
        boolean handler = false;
        boolean tagger = false;
        boolean show = false;
        Integer taggerWarmup = null;
        Integer taggerRounds = null;
        int workers = 4;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--warmup" -> {
                    warmup = Integer.parseInt(args.get(++i));
                    taggerWarmup = warmup;
                }
                case "--rounds" -> {
                    rounds = Integer.parseInt(args.get(++i));
                    taggerRounds = rounds;
                }
                case "--handler" -> handler = true;
                case "--tagger" -> tagger = true;
                case "--show" -> show = true;
                case "--workers" -> workers = Integer.parseInt(args.get(++i));
                case "--help", "-h" -> {
                    out.println("""
                            usage: readout bench [--warmup N] [--rounds N] [PATH...]
                                   readout bench --handler [--rounds COPIES] [--workers N] [PATH...]
                                   readout bench --tagger [--warmup N] [--rounds N] [--show] [PATH...]
                              Engine: summarizes every article N rounds after a warm-up of N articles, one thread, and
                              prints articles/s and the median and p99 time per article. Default corpus: the samples.
                              --handler: uploads COPIES of the corpus to SOURCE_BUCKET and runs them through the SQS
                              worker path (S3 read, engine, DynamoDB write) with N workers; prints articles/s.
                              --tagger: the token layer (readout.nlp) alone: ms per article of tagging and lemmatizing
                              with beams 3 and 1, their agreement, and Readout's sentence splitter against OpenNLP's
                              (--show lists each break only one of them makes). Default rounds 3, warm-up 2 x corpus.""");
                    return Main.OK;
                }
                default -> paths.add(a);
            }
        }
        List<Inputs.Input> inputs = Inputs.of(paths);
        if (tagger) {
            return TaggerBench.run(inputs, taggerWarmup != null ? taggerWarmup : 2 * inputs.size(),
                    taggerRounds != null ? taggerRounds : 3, show, out);
        }
        if (handler) {
            try {
                return HandlerBench.run(inputs, rounds, workers, out);
            } catch (Exception e) {
                err.println("bench --handler: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return Main.SOME_FAILED;
            }
        }
        List<byte[]> corpus = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        for (Inputs.Input in : inputs) {
            byte[] b = in.read();
            corpus.add(b);
            names.add(in.source());
            bytes += b.length;
        }
        if (corpus.isEmpty()) {
            err.println("bench: no articles");
            return Main.USAGE;
        }
        Readout readout = new Readout();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            int k = i % corpus.size();
            sink += readout.summarize(names.get(k), null, corpus.get(k)).statements().size();
        }
        long[] times = new long[rounds * corpus.size()];
        int n = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < corpus.size(); k++) {
                long t0 = System.nanoTime();
                SummaryRecord rec = readout.summarize(names.get(k), null, corpus.get(k));
                times[n++] = System.nanoTime() - t0;
                sink += rec.statements().size();
            }
        }
        long total = System.nanoTime() - start;
        Arrays.sort(times);
        double median = times[times.length / 2] / 1e6;
        double p99 = times[Math.min(times.length - 1, (int) Math.ceil(times.length * 0.99) - 1)] / 1e6;
        out.printf(Locale.ROOT, "articles: %d (%d bytes, mean %d bytes), rounds: %d, warm-up: %d, threads: 1%n",
                corpus.size(), bytes, bytes / corpus.size(), rounds, warmup);
        out.printf(Locale.ROOT, "throughput: %.0f articles/s%n", times.length / (total / 1e9));
        out.printf(Locale.ROOT, "per article: median %.3f ms, p99 %.3f ms%n", median, p99);
        if (sink == 42) out.println(); // keeps the work observable to the JIT
        return Main.OK;
    }
}
