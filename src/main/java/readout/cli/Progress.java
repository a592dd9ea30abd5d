package readout.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report (count, rate, failures) on a terminal, rewritten in place; silent without one. The line
 * is wiped before anything else is written to the terminal ({@link #clear}), so a message never lands on its end, and
 * the last report ends with a line break.
 */
final class Progress {
    private final PrintStream terminal;
    private final boolean sharedWithRecords;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private long lastPrint;
    private int shown; // characters of the report now on the line, 0 when none is

    /**
     * @param terminal          stderr when it is a terminal, else null (silent)
     * @param sharedWithRecords the records go to the same terminal: the report is wiped before each and drawn after it
     */
    Progress(PrintStream terminal, boolean sharedWithRecords, int total) {
        this.terminal = terminal;
        this.sharedWithRecords = terminal != null && sharedWithRecords;
        this.total = total;
    }

    static Progress silent() {
        return new Progress(null, false, 0);
    }

    /** Whether records written to stdout must be preceded by {@link #clear} and flushed before the next report. */
    boolean sharesTerminalWithRecords() {
        return sharedWithRecords;
    }

    void step(boolean failedOne) {
        done++;
        if (failedOne) failed++;
        long now = System.nanoTime();
        if (terminal != null && (sharedWithRecords || now - lastPrint > 200_000_000L || done == total)) {
            lastPrint = now;
            draw(now);
        }
    }

    /** Wipes the report off its line, so that the next output starts on a clean one. */
    void clear() {
        if (shown == 0) return;
        terminal.print("\r" + " ".repeat(shown) + "\r");
        terminal.flush();
        shown = 0;
    }

    /** A line of its own on the terminal (a failure, a timing): the report is wiped first and drawn again at the next step. */
    void println(PrintStream err, String line) {
        clear();
        err.println(line);
    }

    /** The final report stays, ended by a line break. */
    void done() {
        if (terminal == null || done == 0) return;
        if (shown == 0) draw(System.nanoTime());
        terminal.println();
        terminal.flush();
        shown = 0;
    }

    private void draw(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        String line = String.format(Locale.ROOT, "%d/%d articles, %.0f/s, %d failed", done, total, done / secs, failed);
        terminal.print("\r" + line + (line.length() < shown ? " ".repeat(shown - line.length()) : ""));
        terminal.flush();
        shown = Math.max(line.length(), shown);
    }
}
