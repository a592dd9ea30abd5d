package readout.lambda;

import readout.Readout;
import readout.queue.SqsWorkQueue;
import readout.queue.WorkQueue;
import readout.source.ArticleSource;
import readout.source.S3ArticleSource;
import readout.store.DynamoDbSummaryStore;
import readout.store.InMemorySummaryStore;
import readout.store.SummaryStore;
import readout.telemetry.EmfTelemetry;
import readout.telemetry.Telemetry;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Everything the handlers use, built once per execution environment from {@link Config} (and kept across
 * invocations and, with SnapStart, in the snapshot). The SDK finds endpoints and credentials itself.
 */
public final class Services {
    private static volatile Services instance;

    public final Config config;
    public final Readout readout;
    public final SummaryStore store;
    public final ArticleSource source;
    public final WorkQueue queue;
    public final Telemetry telemetry;
    public final ArticleWorker worker;

    /** Without metrics (the command line's tools). */
    public Services(Config config, Readout readout, SummaryStore store, ArticleSource source, WorkQueue queue) {
        this(config, readout, store, source, queue, Telemetry.NONE);
    }

    public Services(Config config, Readout readout, SummaryStore store, ArticleSource source, WorkQueue queue, Telemetry telemetry) {
        this.config = config;
        this.readout = readout;
        this.store = store;
        this.source = source;
        this.queue = queue;
        this.telemetry = telemetry;
        this.worker = new ArticleWorker(readout, source, store, config, telemetry);
    }

    /** The shared instance of this execution environment. */
    public static Services get() {
        Services s = instance;
        if (s == null) {
            synchronized (Services.class) {
                s = instance;
                if (s == null) {
                    s = fromConfig(Config.fromEnvironment(), EmfTelemetry.fromEnvironment(System.getenv()));
                    instance = s;
                    Priming.register(s);
                }
            }
        }
        return s;
    }

    /** The S3 client as the function uses it (also for tools that upload, such as the handler benchmark). */
    public static S3Client s3Client(Config c, Region region) {
        return S3Client.builder().region(region).httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(c.localEndpoints())
                // emulators (s3rver, LocalStack) want plain, unchunked bodies and no trailing checksums
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(!c.localEndpoints()).build())
                .requestChecksumCalculation(c.localEndpoints() ? RequestChecksumCalculation.WHEN_REQUIRED : RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(c.localEndpoints() ? ResponseChecksumValidation.WHEN_REQUIRED : ResponseChecksumValidation.WHEN_SUPPORTED)
                .build();
    }

    /** Without metrics (the command line's tools). */
    public static Services fromConfig(Config c) {
        return fromConfig(c, Telemetry.NONE);
    }

    public static Services fromConfig(Config c, Telemetry telemetry) {
        // Lambda always sets AWS_REGION; a local run without one (serve over memory) gets a default.
        Region region = c.region() == null ? Region.US_EAST_1 : Region.of(c.region());
        SummaryStore store = c.tableName() == null ? new InMemorySummaryStore()
                : new DynamoDbSummaryStore(DynamoDbClient.builder().region(region).httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                        c.tableName(), c.dateIndex(), c.statusIndex());
        S3Client s3 = s3Client(c, region);
        WorkQueue queue = c.queueUrl() == null ? objects -> {
            throw new IllegalStateException("QUEUE_URL is not set");
        } : new SqsWorkQueue(SqsClient.builder().region(region).httpClientBuilder(UrlConnectionHttpClient.builder()).build(), c.queueUrl());
        return new Services(c, new Readout(), store, new S3ArticleSource(s3), queue, telemetry);
    }
}
