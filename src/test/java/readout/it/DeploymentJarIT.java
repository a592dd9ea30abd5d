package readout.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import readout.Readout;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The shaded deployment jar, run as Lambda would run its code: shading merges the Log4j plugin caches of
 * log4j-core, the JSON template layout and Powertools, and the service files; if that went wrong the logs
 * would fall back to plain text or the metrics would vanish, and only the packaged jar would show it.
 */
class DeploymentJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(List<String> command, Path dir) throws Exception {
        return run(command, dir, Map.of());
    }

    private static String run(List<String> command, Path dir, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void theJarLogsJsonLinesAndWritesEmfMetrics() throws Exception {
        Path jar = Path.of("target", "readout.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "package runs before the integration tests");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        // the cold-start probe: the worker over an uploaded article with the real clients, logs and metrics on stdout as in Lambda
        Emulators.Stack stack = Emulators.stack();
        byte[] article = Files.readAllBytes(Path.of("src/test/resources/articles/seed-vn-cuba-2021.txt"));
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key("news/first.txt"), RequestBody.fromBytes(article));
        String out = run(List.of(java, "-cp", jar.toString(), "readout.cli.ColdStart", "news/first.txt"), jar.getParent(),
                Map.of("TABLE_NAME", stack.table(), "SOURCE_BUCKET", stack.bucket()));
        assertTrue(stack.services().store.get(Readout.articleId("s3://" + stack.bucket() + "/news/first.txt", null)).isPresent(),
                "the probe stored its record in the table");
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) docs.add(JSON.readTree(line));
        JsonNode log = docs.stream().filter(d -> "object processed".equals(d.path("message").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON log line in " + out));
        assertEquals("INFO", log.get("level").asText());
        assertEquals("STORED", log.get("outcome").asText());
        assertTrue(log.has("timestamp") && log.has("function_request_id"), "Powertools' layout: " + log);
        JsonNode emf = docs.stream().filter(d -> d.has("_aws") && d.has("ArticlesSummarized")).findFirst().orElseThrow(() -> new AssertionError("no EMF in " + out));
        assertEquals("Readout", emf.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText());
        assertEquals(1.0, emf.get("ArticlesSummarized").asDouble());
        assertTrue(emf.get("Statements").asDouble() > 0);
    }

    @Test
    void theCommandLineKeepsStdoutForRecordsAndLogsNothingThere() throws Exception {
        Path jar = Path.of("target", "readout.jar").toAbsolutePath();
        Path article = Files.createTempFile("readout-jar-", ".txt");
        Files.writeString(article, "Talks\n\nHÀ NỘI — Prime Minister Phạm Minh Chính said the two sides agreed to expand trade.");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String out = run(List.of(java, "-jar", jar.toString(), "summarize", article.toString()), jar.getParent());
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), out);
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals("OK", record.get("status").asText());
        assertTrue(record.has("statements") && !record.has("level"));
    }
}
