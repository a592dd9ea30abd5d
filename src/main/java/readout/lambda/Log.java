package readout.lambda;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import readout.record.RecordJson;

/**
 * One JSON object per line on stdout (CloudWatch keeps each as an event): level, message and fields.
 * Only identifiers, counts and reasons are logged, never article text, credentials or the environment.
 */
public final class Log {
    /**
     * The threshold, read once: Lambda's own AWS_LAMBDA_LOG_LEVEL (from the function's LoggingConfig) or
     * LOG_LEVEL; INFO by default. Levels: DEBUG, INFO, WARN, ERROR.
     */
    private static final int THRESHOLD = rank(firstNonNull(System.getenv("AWS_LAMBDA_LOG_LEVEL"), System.getenv("LOG_LEVEL"), "INFO"));

    private Log() {}

    public static void info(String message, Object... fields) {
        write("INFO", message, fields);
    }

    public static void warn(String message, Object... fields) {
        write("WARN", message, fields);
    }

    public static void error(String message, Object... fields) {
        write("ERROR", message, fields);
    }

    private static int rank(String level) {
        return switch (level.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "TRACE", "DEBUG" -> 0;
            case "WARN", "WARNING" -> 2;
            case "ERROR", "FATAL" -> 3;
            default -> 1;
        };
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static void write(String level, String message, Object... fields) {
        if (rank(level) < THRESHOLD) return;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timestamp", Instant.now().toString());
        m.put("level", level);
        m.put("message", message);
        for (int i = 0; i + 1 < fields.length; i += 2) m.put(String.valueOf(fields[i]), fields[i + 1]);
        System.out.println(RecordJson.toJson(m));
    }
}
