package readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import readout.Readout;
import readout.article.Format;
import readout.article.RejectedInputException;
import readout.extract.Extractor;
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

    /** A run's standard streams, and which descriptors (1 stdout, 2 stderr) are terminals: asked only when it matters. */
    record Streams(InputStream in, PrintStream out, PrintStream err, IntPredicate isTerminal) {}

    private Main() {}

    public static void main(String[] args) {
        // Log lines (serve, bench --handler) go to stderr: stdout is the records, the page, the report.
        if (System.getProperty(LOG_TARGET) == null) System.setProperty(LOG_TARGET, "SYSTEM_ERR");
        if (!logs(Arrays.asList(args))) quietLogging();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = run(Arrays.asList(args), new Streams(System.in, out, System.err, Terminal::isTerminal));
        out.flush();
        if (code >= 0) System.exit(code); // serve answers -1 and keeps running
    }

    /**
     * Whether a command writes log lines: serve and bench --handler run the handlers, which log; summarize and the
     * engine's bench log nothing of ours, and there the one logger is OpenNLP's, whose first use would start Log4j:
     * about a fifth of the CPU of a one-article summarize (README, Speed).
     */
    static boolean logs(List<String> args) {
        if (args.isEmpty()) return false;
        return switch (args.get(0)) {
            case "serve" -> true;
            case "bench" -> args.contains("--handler");
            default -> false;
        };
    }

    /** SLF4J's own no-op provider, named before the first logger is made, instead of the Log4j it finds in the jar. */
    private static void quietLogging() {
        if (System.getProperty("slf4j.provider") == null) System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        // and without SLF4J's line on stderr saying which provider it took
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, new Streams(System.in, out, err, fd -> false));
    }

    static int run(List<String> args, Streams io) {
        PrintStream out = io.out();
        PrintStream err = io.err();
        if (args.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String cmd = args.get(0);
        if (cmd.equals("--help") || cmd.equals("-h") || cmd.equals("help")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (cmd.equals("--version")) {
            out.println(version());
            return OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (cmd) {
                case "summarize" -> summarize(rest, io);
                case "bench" -> Bench.run(rest, out, err);
                case "serve" -> Serve.run(rest, out, err);
                case "participants" -> Participants.run(rest, out, err);
                default -> throw new UsageException("unknown command: " + cmd);
            };
        } catch (UsageException e) {
            err.println(usageMessage(cmd, e.getMessage()));
            return USAGE;
        } catch (IOException e) {
            err.println("readout: " + e.getMessage());
            return USAGE;
        }
    }

    /** One line saying what is wrong, then how the command is used. */
    static String usageMessage(String cmd, String problem) {
        return switch (cmd) {
            case "summarize" -> "readout summarize: " + problem + "\n" + SUMMARIZE_USAGE + "\n(more in 'readout summarize --help')";
            case "bench" -> "readout bench: " + problem + "\n" + Bench.USAGE + "\n(more in 'readout bench --help')";
            case "serve" -> "readout serve: " + problem + "\n" + Serve.USAGE + "\n(more in 'readout serve --help')";
            default -> "readout: " + problem + "\n" + USAGE_TEXT;
        };
    }

    /** The version of the jar and when it was built (from its manifest), and the extractor's version, which records carry. */
    static String version() {
        Attributes jar = ownManifest();
        String v = jar == null ? null : jar.getValue("Implementation-Version");
        String built = jar == null ? null : jar.getValue("Build-Time");
        return "readout " + (v == null ? "(classes, not a packaged jar)" : v + (built == null ? "" : ", built " + built))
                + "; extractor " + Extractor.VERSION;
    }

    /** The manifest of the jar this class was loaded from, or null when it was not loaded from a jar. */
    private static Attributes ownManifest() {
        URL self = Main.class.getResource("Main.class");
        if (self == null || !self.getProtocol().equals("jar")) return null;
        String url = self.toString();
        try (InputStream in = new URL(url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Articles in flight per worker: enough to keep every core busy while one waits to be printed. */
    private static final int WINDOW = 4;

    /** One article's outcome, made on a worker and printed in order. */
    private record Done(String source, String json, String failure, String readError, double millis) {}

    private static Done summarizeOne(Readout readout, Inputs.Input in, String contentType, boolean pretty) {
        Inputs.Content content;
        try {
            content = in.read(readout.maxBytes());
        } catch (IOException e) {
            return new Done(in.name(), null, null, e.getMessage(), 0);
        }
        long t0 = System.nanoTime();
        SummaryRecord r = summarize(readout, in, content, contentType);
        double millis = (System.nanoTime() - t0) / 1e6;
        return new Done(in.name(), pretty ? RecordJson.toPrettyJson(r) : RecordJson.toJson(r), failure(r), null, millis);
    }

    /** One input's record from what was read of it (no further than the limit): one over it is FAILED, unread. */
    static SummaryRecord summarize(Readout readout, Inputs.Input in, Inputs.Content content, String contentType) {
        return content.tooLarge() ? tooLarge(readout, in, content) : readout.summarize(in.source(), contentType, content.bytes());
    }

    /** The FAILED record of an input over the limit, made without reading it. */
    private static SummaryRecord tooLarge(Readout readout, Inputs.Input in, Inputs.Content content) {
        return readout.rejected(in.source(), content.contentId(), content.size(), RejectedInputException.Reason.TOO_LARGE,
                content.refusal(readout.maxBytes()));
    }

    private static String failure(SummaryRecord r) {
        return r.failed() ? r.error().code().toLowerCase(Locale.ROOT) + ": " + r.error().message() : null;
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

    private static int summarize(List<String> args, Streams io) throws IOException, UsageException {
        PrintStream out = io.out();
        PrintStream err = io.err();
        boolean pretty = false;
        boolean html = false;
        boolean text = false;
        boolean timings = false;
        String contentType = null;
        String stdinName = null;
        boolean onlyPaths = false;
        List<String> paths = new ArrayList<>();
        Flags flags = new Flags(args);
        while (flags.hasNext()) {
            String a = flags.next();
            if (onlyPaths || !Flags.looksLikeFlag(a)) {
                paths.add(a);
                continue;
            }
            switch (a) {
                case "--" -> onlyPaths = true;
                case "--pretty" -> pretty = true;
                case "--html" -> html = true;
                case "--text" -> text = true;
                case "--timings" -> timings = true;
                case "--format" -> contentType = contentTypeOf(flags.value(a));
                case "--name" -> stdinName = flags.value(a);
                case "--help", "-h" -> {
                    out.println(SUMMARIZE_HELP);
                    return OK;
                }
                default -> throw new UsageException("unknown option: " + a);
            }
        }
        long stdins = paths.stream().filter("-"::equals).count();
        if (stdins > 1) throw new UsageException("'-' (standard input) can be read only once");
        if (stdinName != null && stdins == 0) throw new UsageException("--name names the article read from standard input: add '-'");
        if (html && pretty) throw new UsageException("--html writes a page and --pretty indents JSON records: use one of them");
        if (html && timings) throw new UsageException("--timings goes with the JSON records, not with --html");
        if (text && (pretty || timings)) throw new UsageException("--text prints the article's text, not JSON records: no --pretty or --timings");
        Inputs.Selection selection = Inputs.of(paths, io.in(), stdinName);
        reportSkipped(selection.skipped(), err);
        List<Inputs.Input> inputs = selection.inputs();
        Readout readout = new Readout();
        if (html || text) {
            if (html && text) throw new UsageException("--html writes a page and --text the article's text: use one of them");
            if (inputs.size() != 1) throw new UsageException((html ? "--html" : "--text") + " takes one article, not " + inputs.size());
            Inputs.Input in = inputs.get(0);
            Inputs.Content content = in.read(readout.maxBytes());
            Readout.Read read = content.tooLarge() ? new Readout.Read(tooLarge(readout, in, content), null)
                    : readout.read(in.source(), contentType, content.bytes());
            if (html) out.print(HtmlView.render(read.record(), read.text()));
            else if (read.text() != null) out.print(read.text()); // exactly what the record's spans index, nothing added
            if (read.record().failed()) err.println("readout: " + in.name() + ": " + failure(read.record()));
            return read.record().failed() ? SOME_FAILED : OK;
        }
        // Progress for people: only on a terminal, never into a pipe or a log, and never on stdout.
        Progress progress = inputs.size() > 1 && io.isTerminal().test(Terminal.STDERR)
                ? new Progress(err, io.isTerminal().test(Terminal.STDOUT), inputs.size()) : Progress.silent();
        // Articles are read and summarized on every core (the engine is thread-safe) and printed in input order; at
        // most WINDOW per core are in flight, so memory stays bounded on a folder of any size.
        int failed = 0;
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
                    String type = contentType;
                    inFlight.add(pool.submit(() -> summarizeOne(readout, in, type, asPretty)));
                }
                Done d = join(inFlight.poll());
                if (d.readError() != null) {
                    progress.println(err, "readout: cannot read " + d.source() + ": " + d.readError());
                    failed++;
                    progress.step(true);
                    continue;
                }
                // On stderr so the records on stdout keep their schema; read by scripts/corpus.sh to spot slow articles.
                if (timings) progress.println(err, String.format(Locale.ROOT, "timing\t%.3f\t%s", d.millis(), d.source()));
                if (d.failure() != null) {
                    failed++;
                    progress.println(err, "readout: " + d.source() + ": " + d.failure());
                }
                if (progress.sharesTerminalWithRecords()) progress.clear();
                out.println(d.json());
                if (progress.sharesTerminalWithRecords()) out.flush();
                progress.step(d.failure() != null);
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return failed > 0 ? SOME_FAILED : OK;
    }

    private static String contentTypeOf(String format) throws UsageException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> "text/plain";
            case "html" -> "text/html";
            case "json" -> "application/json";
            case "markdown", "md" -> "text/markdown";
            default -> throw new UsageException("--format takes text, html, json or markdown, not '" + format + "'");
        };
    }

    /** What a folder walk left out, on one line: how many, and the first few. */
    static void reportSkipped(List<String> skipped, PrintStream err) {
        if (skipped.isEmpty()) return;
        int shown = Math.min(5, skipped.size());
        err.println("readout: skipped " + skipped.size() + " in the folders (hidden, or not named " + String.join(" ", Format.SUFFIXES)
                + "): " + String.join(", ", skipped.subList(0, shown)) + (skipped.size() > shown ? " and " + (skipped.size() - shown) + " more" : ""));
    }

    static final String SUMMARIZE_USAGE = """
            usage: readout summarize [--pretty] [--timings] [--format F] [PATH...]
                   readout summarize [--pretty] [--format F] [--name NAME] - < article
                   readout summarize --html [--format F] FILE > page.html
                   readout summarize --text [--format F] FILE""";

    static final String SUMMARIZE_HELP = SUMMARIZE_USAGE + "\n" + """
              Summarizes each article and prints one JSON record per article on stdout. A folder is walked for article
              files (%s); hidden files and folders and NAME.gold.json annotations are left out, and
              stderr says what was skipped. A file named here is read whatever its name; '-' reads one article from
              standard input. With no PATH, summarizes the sample articles inside the jar. On a terminal, stderr shows
              the progress of a run over several articles.
              --pretty     indent the JSON for people
              --html       a readable page of one article: statements and agreements highlighted with their speakers
              --text       one article's text as Readout read it, which every span indexes (in UTF-16 code units): a
                           .txt file's own text; the visible text of HTML, JSON and Markdown
              --timings    also print 'timing<TAB>MS<TAB>SOURCE' on stderr per article (engine time, file read excluded)
              --format F   read the input as F (text, html, json or markdown) whatever its name or content
              --name NAME  the source standard input's article is reported under (its suffix tells the format); without
                           it the record has no source and its articleId is the content's
            exit status: 0 all summarized, 1 some input was rejected (its record has status FAILED), 2 bad usage""".formatted(
            String.join(" ", Format.SUFFIXES));

    static final String USAGE_TEXT = """
            usage: readout COMMAND [OPTIONS] [PATH...]
                   readout --version
            commands:
              summarize   print one summary record (JSON) per article; see 'readout summarize --help'
              bench       measure the engine on a corpus, single thread, warm; see 'readout bench --help'
              serve       the HTTP API on 127.0.0.1 (same handler as in Lambda); see 'readout serve --help'
              participants  who said what across articles, by person; see 'readout participants --help'
            """;
}
