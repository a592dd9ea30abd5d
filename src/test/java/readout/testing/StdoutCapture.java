package readout.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code prints on stdout (log lines, EMF documents), restored afterwards. */
public final class StdoutCapture {
    private StdoutCapture() {}

    public static synchronized String of(Runnable r) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
