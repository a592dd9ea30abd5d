package readout.lambda;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.lambda.powertools.logging.argument.StructuredArgument;
import software.amazon.lambda.powertools.logging.argument.StructuredArguments;

/**
 * The keys of a log line, as one SLF4J argument that Powertools' layout writes as top-level JSON keys. Only
 * identifiers, counts, durations and reasons go here, never article text. Keys avoid Powertools' own
 * (level, message, error, service, timestamp, function_*, cold_start, xray_trace_id…).
 */
final class LogFields {
    private LogFields() {}

    /** Key/value pairs; pairs whose value is null are left out. */
    static StructuredArgument of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) m.put(String.valueOf(keysAndValues[i]), v instanceof Enum<?> e ? e.name() : v);
        }
        return StructuredArguments.entries(m);
    }
}
