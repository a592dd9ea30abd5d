package readout.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import readout.Readout;
import readout.lambda.Config;
import readout.lambda.S3EventHandler;
import readout.lambda.Services;
import readout.source.ArticleSource;
import readout.source.FetchedObject;
import readout.store.InMemorySummaryStore;
import readout.telemetry.EmfTelemetry;

/**
 * One cold start, measured inside a fresh JVM: from JVM start to the first finished summary through the S3
 * handler (an embedded sample article, an in-memory store, no network; logs and metrics on stdout as in Lambda). With {@code --primed}, the priming
 * SnapStart runs before its snapshot is done first, and the first summary after it is timed on its own —
 * roughly what an invocation restored from a snapshot pays. {@code scripts/coldstart.sh} repeats it.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws IOException {
        boolean primed = args.length > 0 && args[0].equals("--primed");
        byte[] sample;
        try (InputStream in = ColdStart.class.getResourceAsStream("/readout/samples/seed-vn-cuba-2021.txt")) {
            sample = in.readAllBytes();
        }
        ArticleSource source = new ArticleSource() {
            @Override
            public Optional<FetchedObject> fetch(String bucket, String key, String versionId, int maxBytes) {
                return Optional.of(new FetchedObject(sample, "text/plain", "\"etag\"", null, sample.length, false));
            }

            @Override
            public Listing list(String bucket, String prefix, String startAfter, int pageSize) {
                return new Listing(List.of(), false);
            }
        };
        // With metrics as in Lambda (EMF documents on stdout), so their cost is in the figure.
        Services services = new Services(Config.from(Map.of()), new Readout(), new InMemorySummaryStore(), source, objects -> { },
                EmfTelemetry.fromEnvironment(System.getenv()));
        long primeMillis = 0;
        if (primed) {
            long p0 = System.nanoTime();
            readout.lambda.Priming.prime(services);
            primeMillis = (System.nanoTime() - p0) / 1_000_000;
        }
        S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity("news/sample.txt", 3329L, "etag", null, "01");
        S3EventNotification.S3BucketEntity bucket = new S3EventNotification.S3BucketEntity("bucket", null, "arn:aws:s3:::bucket");
        S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("cfg", bucket, object, "1.0");
        S3EventNotification.S3EventNotificationRecord record = new S3EventNotification.S3EventNotificationRecord("us-east-1",
                "ObjectCreated:Put", "aws:s3", "2026-11-26T09:00:00.000Z", "2.1", null, null, s3, null);
        long t0 = System.nanoTime();
        new S3EventHandler(services).handleRequest(new S3Event(List.of(record)), null);
        long handlerMillis = (System.nanoTime() - t0) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf(Locale.ROOT, "coldstart jvm_to_first_summary_ms=%d first_handler_call_ms=%d priming_ms=%d primed=%s%n",
                sinceJvmStart, handlerMillis, primeMillis, primed);
    }
}
