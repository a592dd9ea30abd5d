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

    private static void write(String level, String message, Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timestamp", Instant.now().toString());
        m.put("level", level);
        m.put("message", message);
        for (int i = 0; i + 1 < fields.length; i += 2) m.put(String.valueOf(fields[i]), fields[i + 1]);
        System.out.println(RecordJson.toJson(m));
    }
}
