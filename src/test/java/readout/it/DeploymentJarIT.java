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

    @Test
    void theLauncherPrintsWhatTheJarPrintsAndMakesItsArchiveOnce() throws Exception {
        Path jar = Path.of("target", "readout.jar").toAbsolutePath();
        Path root = jar.getParent().getParent();
        Path article = Files.createTempFile("readout-launcher-", ".txt");
        Files.writeString(article, "Talks\n\nHÀ NỘI — Prime Minister Phạm Minh Chính said the two sides agreed to expand trade.");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String byJar = run(List.of(java, "-jar", jar.toString(), "summarize", article.toString()), root);
        // the launcher's java is the one running these tests
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        try (var files = Files.list(jar.getParent())) {
            for (Path f : files.filter(DeploymentJarIT::isArchive).toList()) Files.delete(f); // as after a fresh build
        }
        String byLauncher = run(List.of("bash", "bin/readout", "summarize", article.toString()), root, env);
        assertEquals(byJar, byLauncher);
        List<Path> archives;
        try (var files = Files.list(jar.getParent())) {
            archives = files.filter(DeploymentJarIT::isArchive).toList();
        }
        assertEquals(1, archives.size(), "one class-data archive for this java: " + archives);
        var made = Files.getLastModifiedTime(archives.get(0));
        assertEquals(byJar, run(List.of("bash", "bin/readout", "summarize", article.toString()), root, env));
        assertEquals(made, Files.getLastModifiedTime(archives.get(0)), "a valid archive is kept, not made again");
        Process bad = new ProcessBuilder("bash", "bin/readout", "summarize", root.resolve("no-such-file.txt").toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        bad.getInputStream().readAllBytes();
        assertTrue(bad.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue(), "the jar's exit status comes through");
    }

    private static boolean isArchive(Path f) {
        return f.getFileName().toString().matches("readout-\\d+\\.jsa");
    }
}
