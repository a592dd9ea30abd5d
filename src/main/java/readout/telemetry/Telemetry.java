package readout.telemetry;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * Where the function's metrics go (a port): CloudWatch EMF in Lambda ({@link EmfTelemetry}), nowhere for the
 * command line ({@link #NONE}), a list in tests. Values of one invocation are gathered and written by {@link #flush()}.
 * Not thread-safe across concurrent invocations: Lambda runs one invocation at a time per execution environment.
 */
public interface Telemetry {
    /** Adds a value (several values of one metric in one invocation are kept as a distribution). */
    void put(Metric metric, double value);

    /**
     * A value with a dimension of its own (say, why an article failed), written at once: the dimensions of the
     * invocation's document apply to all its metrics, so a per-value dimension needs its own document.
     */
    void put(Metric metric, double value, String dimension, String dimensionValue);

    /** Counts a cold start (the first invocation of an execution environment); later calls count nothing. */
    void coldStart(Context context);

    /** Writes what this invocation gathered. */
    void flush();

    /** Milliseconds since a System.nanoTime(), to the microsecond: an article takes about one, so whole ones say little. */
    static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1_000.0) / 1_000.0;
    }

    /** Metrics switched off (the command line's tools, which are not in Lambda). */
    Telemetry NONE = new Telemetry() {
        @Override
        public void put(Metric metric, double value) {}

        @Override
        public void put(Metric metric, double value, String dimension, String dimensionValue) {}

        @Override
        public void coldStart(Context context) {}

        @Override
        public void flush() {}
    };
}
