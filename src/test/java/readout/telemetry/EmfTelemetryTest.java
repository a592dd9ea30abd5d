package readout.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import readout.testing.StdoutCapture;

/** The documents Powertools writes are CloudWatch EMF: namespace, dimensions, units, values, one per line. */
class EmfTelemetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> documents(String stdout) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            if (n.has("_aws")) docs.add(n);
        }
        return docs;
    }

    private static JsonNode directive(JsonNode doc) {
        return doc.get("_aws").get("CloudWatchMetrics").get(0);
    }

    private static List<String> names(JsonNode doc) {
        List<String> out = new ArrayList<>();
        directive(doc).get("Metrics").forEach(m -> out.add(m.get("Name").asText()));
        return out;
    }

    @Test
    void oneInvocationIsOneDocumentWithUnitsAndTheServiceDimension() throws Exception {
        EmfTelemetry t = EmfTelemetry.fromEnvironment(Map.of());
        String out = StdoutCapture.of(() -> {
            t.put(Metric.ARTICLES_SUMMARIZED, 1);
            t.put(Metric.STATEMENTS, 17);
            t.put(Metric.SUMMARIZE_TIME, 0.75);
            t.put(Metric.SUMMARIZE_TIME, 1.25);
            t.flush();
        });
        List<JsonNode> docs = documents(out);
        assertEquals(1, docs.size(), out);
        JsonNode doc = docs.get(0);
        assertEquals("Readout", directive(doc).get("Namespace").asText());
        assertEquals("[[\"Service\"]]", directive(doc).get("Dimensions").toString());
        assertEquals("readout", doc.get("Service").asText());
        assertTrue(names(doc).containsAll(List.of("ArticlesSummarized", "Statements", "SummarizeTime")), names(doc).toString());
        directive(doc).get("Metrics").forEach(m -> {
            String unit = m.get("Name").asText().endsWith("Time") ? "Milliseconds" : "Count";
            assertEquals(unit, m.get("Unit").asText(), m.toString());
        });
        assertEquals(17.0, doc.get("Statements").asDouble());
        assertEquals("[0.75,1.25]", doc.get("SummarizeTime").toString(), "two values of one invocation are both kept");

        String next = StdoutCapture.of(t::flush);
        assertTrue(documents(next).stream().noneMatch(d -> d.has("Statements")), "a flush starts the next invocation afresh: " + next);
    }

    @Test
    void aValueWithItsOwnDimensionIsItsOwnDocument() throws Exception {
        EmfTelemetry t = EmfTelemetry.fromEnvironment(Map.of("POWERTOOLS_METRICS_NAMESPACE", "ReadoutTest"));
        String out = StdoutCapture.of(() -> t.put(Metric.ARTICLES_FAILED, 1, "Reason", "BINARY"));
        List<JsonNode> docs = documents(out);
        assertEquals(1, docs.size(), "written at once, without waiting for the flush: " + out);
        JsonNode doc = docs.get(0);
        assertEquals("ReadoutTest", directive(doc).get("Namespace").asText());
        assertEquals("BINARY", doc.get("Reason").asText());
        assertTrue(directive(doc).get("Dimensions").get(0).toString().contains("\"Reason\""));
        assertEquals(List.of("ArticlesFailed"), names(doc));
    }

    @Test
    void outsideLambdaNothingIsLookedUpOnTheNetwork() throws Exception {
        // The EMF library would otherwise probe the EC2 metadata address and a CloudWatch agent on 127.0.0.1:25888;
        // pinned to the local environment it prints, which is also what makes the tests above see the documents.
        EmfTelemetry.fromEnvironment(Map.of());
        assertEquals(software.amazon.cloudwatchlogs.emf.environment.Environments.Local,
                software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider.getConfig().getEnvironmentOverride());
    }
}
