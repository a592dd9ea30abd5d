package readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdout or stderr is a terminal. Java 17 only tells whether stdin and stdout both are
 * ({@code System.console()}), which says nothing of stderr when stdout goes to a file; on Linux /proc names the device
 * behind each descriptor, elsewhere {@code test -t} (POSIX) is asked about the descriptor this JVM hands down.
 */
final class Terminal {
    static final int STDOUT = 1;
    static final int STDERR = 2;

    private Terminal() {}

    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) return isTerminalDevice(Files.readSymbolicLink(link).toString());
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no /proc to read: ask the shell below
        }
        return askTest(fd);
    }

    /** A descriptor's target as /proc shows it: "/dev/pts/3" is a terminal; "pipe:[81]" and "/home/x/out.jsonl" are not. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    private static boolean askTest(int fd) {
        if (System.getProperty("os.name", "").startsWith("Windows")) return System.console() != null;
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "test -t " + fd);
        if (fd == STDOUT) pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        if (fd == STDERR) pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return pb.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
