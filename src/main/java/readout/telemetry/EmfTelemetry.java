package readout.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.List;
import java.util.Map;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Metrics as CloudWatch Embedded Metric Format documents on stdout, through Powertools for AWS Lambda: in Lambda,
 * CloudWatch Logs turns each document into metrics with no API call and no extra permission.
 */
public final class EmfTelemetry implements Telemetry {
    public static final String DEFAULT_NAMESPACE = "Readout";
    public static final String DEFAULT_SERVICE = "readout";
    /** The variables read here (and by Powertools' logging, for the service key); template.yaml sets them. */
    public static final List<String> VARIABLES = List.of("POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE");

    private final Metrics metrics;
    private final String namespace;
    private final String service;

    private EmfTelemetry(Metrics metrics, String namespace, String service) {
        this.metrics = metrics;
        this.namespace = namespace;
        this.service = service;
    }

    /**
     * From POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME (Readout / readout by default). Outside Lambda
     * the EMF library would look for an EC2 or ECS host (a metadata request) and then a CloudWatch agent; unless
     * AWS_EMF_ENVIRONMENT says otherwise, a run outside Lambda is pinned to the local environment, which prints.
     */
    public static EmfTelemetry fromEnvironment(Map<String, String> env) {
        if (env.get("AWS_LAMBDA_FUNCTION_NAME") == null && env.get("AWS_EMF_ENVIRONMENT") == null) {
            EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
        }
        String namespace = nonBlank(env.get("POWERTOOLS_METRICS_NAMESPACE"), DEFAULT_NAMESPACE);
        String service = nonBlank(env.get("POWERTOOLS_SERVICE_NAME"), DEFAULT_SERVICE);
        Metrics m = MetricsBuilder.builder().withNamespace(namespace).withService(service).build();
        return new EmfTelemetry(m, namespace, service);
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void put(Metric metric, double value) {
        metrics.addMetric(metric.metricName(), value, unit(metric));
    }

    @Override
    public void put(Metric metric, double value, String dimension, String dimensionValue) {
        metrics.flushSingleMetric(metric.metricName(), value, unit(metric), namespace,
                DimensionSet.of("Service", service, dimension, dimensionValue));
    }

    @Override
    public void coldStart(Context context) {
        metrics.captureColdStartMetric(context);
    }

    @Override
    public void flush() {
        metrics.flush();
    }

    private static MetricUnit unit(Metric m) {
        return switch (m.unit()) {
            case COUNT -> MetricUnit.COUNT;
            case MILLISECONDS -> MetricUnit.MILLISECONDS;
        };
    }
}
