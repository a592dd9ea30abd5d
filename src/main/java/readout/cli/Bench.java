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

    static final String USAGE = """
            usage: readout bench [--warmup N] [--rounds N] [PATH...]
                   readout bench --handler [--rounds COPIES] [--workers N] [PATH...]
                   readout bench --tagger [--warmup N] [--rounds N] [--show] [PATH...]""";

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException, UsageException {
        Integer warmup = null;
        Integer rounds = null;
        Integer workers = null;
        boolean handler = false;
        boolean tagger = false;
        boolean show = false;
        List<String> paths = new ArrayList<>();
        Flags flags = new Flags(args);
        while (flags.hasNext()) {
            String a = flags.next();
            switch (a) {
                // bounded so that the per-article times of a run fit in memory
                case "--warmup" -> warmup = flags.intValue(a, 0, 10_000_000);
                case "--rounds" -> rounds = flags.intValue(a, 1, 100_000);
                case "--workers" -> workers = flags.intValue(a, 1, 256);
                case "--handler" -> handler = true;
                case "--tagger" -> tagger = true;
                case "--show" -> show = true;
                case "--help", "-h" -> {
                    out.println(USAGE + "\n" + """
                              Engine: summarizes every article N rounds after a warm-up of N articles, one thread, and
                              prints articles/s and the median and p99 time per article. Default corpus: the samples.
                              --handler: uploads COPIES of the corpus to SOURCE_BUCKET and runs them through the SQS
                              worker path (S3 read, engine, DynamoDB write) with N workers (4); prints articles/s.
                              --tagger: the token layer (readout.nlp) alone: ms per article of tagging and lemmatizing
                              with beams 3 and 1, their agreement, and Readout's sentence splitter against OpenNLP's
                              (--show lists each break only one of them makes). Default rounds 3, warm-up 2 x corpus.
                              Files over the article size limit are left out of the corpus.""");
                    return Main.OK;
                }
                default -> {
                    if (Flags.looksLikeFlag(a)) throw new UsageException("unknown option: " + a);
                    paths.add(a);
                }
            }
        }
        if (handler && tagger) throw new UsageException("--handler and --tagger measure different things: use one of them");
        if (workers != null && !handler) throw new UsageException("--workers goes with --handler (the engine bench runs on one thread)");
        if (show && !tagger) throw new UsageException("--show goes with --tagger");
        if (warmup != null && handler) throw new UsageException("--warmup does not go with --handler");
        Inputs.Selection selection = Inputs.of(paths);
        Main.reportSkipped(selection.skipped(), err);
        List<Inputs.Input> inputs = selection.inputs();
        if (tagger) {
            return TaggerBench.run(inputs, warmup != null ? warmup : 2 * inputs.size(), rounds != null ? rounds : 3, show, out);
        }
        if (handler) {
            try {
                return HandlerBench.run(inputs, rounds != null ? rounds : 20, workers != null ? workers : 4, out);
            } catch (Exception e) {
                err.println("bench --handler: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return Main.SOME_FAILED;
            }
        }
        return engine(inputs, warmup != null ? warmup : 2000, rounds != null ? rounds : 20, out, err);
    }

    private static int engine(List<Inputs.Input> inputs, int warmup, int rounds, PrintStream out, PrintStream err) throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        Readout readout = new Readout();
        for (Inputs.Input in : inputs) {
            Inputs.Content content = in.read(readout.maxBytes());
            if (content.tooLarge()) {
                err.println("bench: left out " + in.name() + ": " + content.refusal(readout.maxBytes()));
                continue;
            }
            byte[] b = content.bytes();
            corpus.add(b);
            names.add(in.source());
            bytes += b.length;
        }
        if (corpus.isEmpty()) {
            err.println("bench: no articles");
            return Main.USAGE;
        }
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            int k = i % corpus.size();
            sink += readout.summarize(names.get(k), null, corpus.get(k)).statements().size();
        }
        long[] times = new long[Math.multiplyExact(rounds, corpus.size())];
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
