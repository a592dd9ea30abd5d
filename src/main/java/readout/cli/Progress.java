package readout.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress report (count, rate, failures) rewritten in place on a terminal; silent without one. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private long lastPrint;

    Progress(PrintStream terminal, int total) {
        this.err = terminal;
        this.total = total;
    }

    void step(boolean failedOne) {
        done++;
        if (failedOne) failed++;
        long now = System.nanoTime();
        if (err != null && (now - lastPrint > 200_000_000L || done == total)) {
            lastPrint = now;
            double secs = Math.max(1e-9, (now - start) / 1e9);
            err.printf(Locale.ROOT, "\r%d/%d articles, %.0f/s, %d failed", done, total, done / secs, failed);
        }
    }

    void done() {
        if (err != null && done > 0) err.println();
    }
}
