package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an execution environment reads once, each case in a fresh JVM: the log level (Lambda's
 * AWS_LAMBDA_LOG_LEVEL first, then POWERTOOLS_LOG_LEVEL) and the cold start (counted once, and only for an
 * on-demand initialization; a SnapStart restore is not one).
 */
class FreshJvmTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The probe's stdout, one JSON object a line, run with these variables (and none of the level ones else). */
    private static List<JsonNode> probe(Map<String, String> env) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FreshJvmProbe.class.getName());
        for (String v : List.of("AWS_LAMBDA_LOG_LEVEL", "POWERTOOLS_LOG_LEVEL", "AWS_LAMBDA_INITIALIZATION_TYPE")) pb.environment().remove(v);
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
        return lines;
    }

    private static long logLines(List<JsonNode> lines, String level) {
        return lines.stream().filter(n -> level.equals(n.path("level").asText())).count();
    }

    private static long coldStartDocuments(List<JsonNode> lines) {
        return lines.stream().filter(n -> n.has("_aws") && n.has("ColdStart")).count();
    }

    @Test
    void infoByDefaultAndOnlyErrorsOrWarningsWhenTheEnvironmentSaysSo() throws Exception {
        List<JsonNode> byDefault = probe(Map.of());
        assertTrue(logLines(byDefault, "INFO") >= 2, byDefault.toString());
        assertEquals(1, logLines(byDefault, "ERROR"), byDefault.toString());

        List<JsonNode> lambdaWarn = probe(Map.of("AWS_LAMBDA_LOG_LEVEL", "WARN"));
        assertEquals(0, logLines(lambdaWarn, "INFO"), lambdaWarn.toString());
        assertEquals(1, logLines(lambdaWarn, "ERROR"), lambdaWarn.toString());

        List<JsonNode> powertoolsError = probe(Map.of("POWERTOOLS_LOG_LEVEL", "ERROR"));
        assertEquals(0, logLines(powertoolsError, "INFO"), powertoolsError.toString());
        assertEquals(1, logLines(powertoolsError, "ERROR"), powertoolsError.toString());
    }

    @Test
    void aColdStartIsCountedOnceAndOnlyForAnOnDemandStart() throws Exception {
        List<JsonNode> onDemand = probe(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"));
        assertEquals(1, coldStartDocuments(onDemand), onDemand.toString());
        List<String> coldStart = onDemand.stream().filter(n -> n.has("level")).map(n -> n.path("cold_start").asText()).toList();
        assertEquals("true", coldStart.get(0), "the first invocation's lines say so: " + coldStart);
        assertEquals("false", coldStart.get(coldStart.size() - 1), coldStart.toString());

        assertEquals(0, coldStartDocuments(probe(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))));
    }
}
