package readout.testing;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.List;
import readout.telemetry.Metric;
import readout.telemetry.Telemetry;

/** Telemetry that keeps what it is given: the values put, with their dimension, and the flushes. */
public final class RecordingTelemetry implements Telemetry {
    /** One value put; dimension and dimensionValue are null for the invocation's shared document. */
    public record Put(Metric metric, double value, String dimension, String dimensionValue) {}

    public final List<Put> puts = new ArrayList<>();
    public int flushes;
    public int coldStarts;

    @Override
    public void put(Metric metric, double value) {
        puts.add(new Put(metric, value, null, null));
    }

    @Override
    public void put(Metric metric, double value, String dimension, String dimensionValue) {
        puts.add(new Put(metric, value, dimension, dimensionValue));
    }

    @Override
    public void coldStart(Context context) {
        coldStarts++;
    }

    @Override
    public void flush() {
        flushes++;
    }

    /** The values put for a metric in the shared document, in order. */
    public List<Double> values(Metric metric) {
        List<Double> out = new ArrayList<>();
        for (Put p : puts) if (p.metric() == metric && p.dimension() == null) out.add(p.value());
        return out;
    }

    /** The sum of those values. */
    public double sum(Metric metric) {
        double s = 0;
        for (double v : values(metric)) s += v;
        return s;
    }
}
