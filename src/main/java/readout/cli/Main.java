package readout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import readout.Readout;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.view.HtmlView;

/**
 * Command line: {@code summarize} prints one JSON record per article; {@code bench} measures the engine.
 * Exit status: 0 all summarized, 1 at least one input FAILED, 2 bad usage or unreadable path.
 */
public final class Main {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    /** Read by log4j2.properties for the console appender's target. */
    static final String LOG_TARGET = "readout.log.target";

    private Main() {}

    public static void main(String[] args) {
        // Log lines (serve, bench --handler) go to stderr: stdout is the records, the page, the report.
        if (System.getProperty(LOG_TARGET) == null) System.setProperty(LOG_TARGET, "SYSTEM_ERR");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = run(Arrays.asList(args), out, System.err);
        out.flush();
        if (code >= 0) System.exit(code); // serve answers -1 and keeps running
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.println(USAGE_TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        String cmd = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (cmd) {
                case "summarize" -> summarize(rest, out, err);
                case "bench" -> Bench.run(rest, out, err);
                case "serve" -> Serve.run(rest, out, err);
                default -> {
                    err.println("unknown command: " + cmd + "\n" + USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (IOException e) {
            err.println("readout: " + e.getMessage());
            return USAGE;
        }
    }

    /** Articles in flight per worker: enough to keep every core busy while one waits to be printed. */
    private static final int WINDOW = 4;

    /** One article's outcome, made on a worker and printed in order. */
    private record Done(String source, String json, String failure, String readError, double millis) {}

    private static Done summarizeOne(Readout readout, Inputs.Input in, boolean pretty) {
        byte[] bytes;
        try {
            bytes = in.read();
        } catch (IOException e) {
            return new Done(in.source(), null, null, e.getMessage(), 0);
        }
        long t0 = System.nanoTime();
        SummaryRecord r = readout.summarize(in.source(), null, bytes);
        double millis = (System.nanoTime() - t0) / 1e6;
        String failure = r.failed() ? r.error().code().toLowerCase(Locale.ROOT) + ": " + r.error().message() : null;
        return new Done(in.source(), pretty ? RecordJson.toPrettyJson(r) : RecordJson.toJson(r), failure, null, millis);
    }

    private static Done join(java.util.concurrent.Future<Done> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IOException(e.getCause());
        }
    }

    private static int summarize(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean pretty = false;
        boolean html = false;
        boolean text = false;
        boolean timings = false;
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--pretty" -> pretty = true;
                case "--html" -> html = true;
                case "--text" -> text = true;
                case "--timings" -> timings = true;
                case "--help", "-h" -> {
                    out.println(SUMMARIZE_HELP);
                    return OK;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("unknown option: " + a + "\n" + SUMMARIZE_HELP);
                        return USAGE;
                    }
                    paths.add(a);
                }
            }
        }
        Readout readout = new Readout();
        int failed = 0;
        List<Inputs.Input> inputs = Inputs.of(paths);
        if (html || text) {
            if (inputs.size() != 1 || html && text) {
                err.println("summarize --html or --text takes one article\n" + SUMMARIZE_HELP);
                return USAGE;
            }
            Readout.Read read = readout.read(inputs.get(0).source(), null, inputs.get(0).read());
            if (read.record().failed()) err.println("readout: " + inputs.get(0).source() + ": " + read.record().error().message());
            if (html) out.print(HtmlView.render(read.record(), read.text()));
            else if (read.text() != null) out.print(read.text()); // exactly what the record's spans index, nothing added
            return read.record().failed() ? SOME_FAILED : OK;
        }
        // Progress for people: only when stderr is a terminal, never into a pipe or a log.
        Progress progress = new Progress(System.console() != null && inputs.size() > 1 ? err : null, inputs.size());
        // Articles are read and summarized on every core (the engine is thread-safe) and printed in input order; at
        // most WINDOW per core are in flight, so memory stays bounded on a folder of any size.
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "summarize");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Done>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < workers * WINDOW) {
                    Inputs.Input in = inputs.get(next++);
                    boolean asPretty = pretty;
                    inFlight.add(pool.submit(() -> summarizeOne(readout, in, asPretty)));
                }
                Done d = join(inFlight.poll());
                if (d.readError() != null) {
                    err.println("readout: cannot read " + d.source() + ": " + d.readError());
                    failed++;
                    continue;
                }
                // On stderr so the records on stdout keep their schema; read by scripts/corpus.sh to spot slow articles.
                if (timings) err.printf(Locale.ROOT, "timing\t%.3f\t%s%n", d.millis(), d.source());
                if (d.failure() != null) {
                    failed++;
                    err.println("readout: " + d.source() + ": " + d.failure());
                }
                out.println(d.json());
                progress.step(d.failure() != null);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        return failed > 0 ? SOME_FAILED : OK;
    }

    static final String SUMMARIZE_HELP = """
            usage: readout summarize [--pretty] [--timings] [PATH...]
                   readout summarize --html FILE > page.html
                   readout summarize --text FILE
              Summarizes each article (a .txt, .html, .json or .md file; folders are walked) and prints one
              JSON record per article on stdout. With no PATH, summarizes the sample articles inside the jar.
              --pretty   indent the JSON for people
              --html     a readable page of one article: statements and agreements highlighted with their speakers
              --text     one article's text as Readout read it, which every span indexes (in UTF-16 code units): a
                         .txt file's own text; the visible text of HTML, JSON and Markdown
              --timings  also print 'timing<TAB>MS<TAB>SOURCE' on stderr per article (engine time, file read excluded)
            exit status: 0 all summarized, 1 some input was rejected (its record has status FAILED), 2 bad usage""";

    static final String USAGE_TEXT = """
            usage: readout COMMAND [OPTIONS] [PATH...]
            commands:
              summarize   print one summary record (JSON) per article; see 'readout summarize --help'
              bench       measure the engine on a corpus, single thread, warm; see 'readout bench --help'
              serve       the HTTP API on 127.0.0.1 (same handler as in Lambda); see 'readout serve --help'
            """;
}
