package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import readout.telemetry.Telemetry;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * What every handler does around its work: the cold-start metric, Powertools' logging context (request id,
 * function, cold start, X-Ray trace id on each line; cleared afterwards) and one flush of the invocation's metrics.
 * Without a Lambda context (the command line, some tests) only the work and the flush run.
 */
final class Invocation {
    private Invocation() {}

    static <T> T run(Context context, Telemetry telemetry, Supplier<T> work) {
        try {
            if (context == null) return work.get();
            // before the logging context, which marks the cold start as seen
            telemetry.coldStart(context);
            return PowertoolsLogging.withLogging(context, work);
        } finally {
            telemetry.flush();
        }
    }
}
