package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's first command is {@code mvn -q -B package -DskipTests && java -jar target/readout.jar summarize}: its
 * stdout must open with the first record. Debian's Maven (its Jansi without a native library) ended every quiet run
 * with terminal reset codes until {@code .mvn/jvm.config} set {@code jansi.noreset} (issue 10, finding 11).
 */
class QuietMavenIT {
    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, command)).filter(Files::isExecutable).findFirst();
    }

    @Test
    void quietMavenPrintsNothingOfItsOwn() throws Exception {
        Optional<Path> mvn = onPath("mvn");
        assumeTrue(mvn.isPresent(), "no mvn on the PATH");
        // validate: the quickest phase; the codes came from Maven's start and end, whatever the goals
        Process p = new ProcessBuilder(List.of(mvn.get().toString(), "-q", "-B", "-o", "validate"))
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("", out.replace("\u001b", "ESC"), "mvn -q printed something of its own");
    }
}
