package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The log level comes from the environment: Lambda's AWS_LAMBDA_LOG_LEVEL first, then POWERTOOLS_LOG_LEVEL. */
class LogLevelTest {

    /** The probe's stdout lines, run in a fresh JVM with these variables (and none of the level variables else). */
    private static List<String> probe(Map<String, String> env) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LogLevelProbe.class.getName());
        pb.environment().remove("AWS_LAMBDA_LOG_LEVEL");
        pb.environment().remove("POWERTOOLS_LOG_LEVEL");
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().filter(l -> l.startsWith("{\"level\"")).toList();
    }

    private static long count(List<String> lines, String level) {
        return lines.stream().filter(l -> l.startsWith("{\"level\":\"" + level + "\"")).count();
    }

    @Test
    void infoByDefaultAndOnlyWarningsAndErrorsWhenTheEnvironmentSaysSo() throws Exception {
        List<String> byDefault = probe(Map.of());
        assertTrue(count(byDefault, "INFO") >= 1, byDefault.toString());
        assertEquals(1, count(byDefault, "ERROR"), byDefault.toString());

        List<String> lambdaWarn = probe(Map.of("AWS_LAMBDA_LOG_LEVEL", "WARN"));
        assertEquals(0, count(lambdaWarn, "INFO"), lambdaWarn.toString());
        assertEquals(1, count(lambdaWarn, "ERROR"), lambdaWarn.toString());

        List<String> powertoolsError = probe(Map.of("POWERTOOLS_LOG_LEVEL", "ERROR"));
        assertEquals(0, count(powertoolsError, "INFO"), powertoolsError.toString());
        assertEquals(1, count(powertoolsError, "ERROR"), powertoolsError.toString());
    }
}
