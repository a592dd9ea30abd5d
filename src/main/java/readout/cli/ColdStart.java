package readout.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import readout.Readout;
import readout.lambda.Config;
import readout.lambda.Priming;
import readout.lambda.Services;
import readout.lambda.SqsEventHandler;
import readout.record.RecordJson;
import readout.record.SummaryRecord;

/**
 * One cold start of the worker function, measured inside a fresh JVM with the real AWS SDK clients: from JVM start
 * to the first record stored, through the deployed path — {@code Services.get()} as the function's initialization
 * builds it (S3 and DynamoDB clients from the environment), then {@link SqsEventHandler} on an S3 notification
 * for {@code s3://SOURCE_BUCKET/KEY}: the S3 read, the engine, the conditional DynamoDB write, its log line and
 * metrics on stdout. With {@code --primed}, what SnapStart runs before its snapshot ({@link Priming#beforeSnapshot})
 * runs first, and the first handler call after it is what an invocation restored from that snapshot pays.
 * A second key, if given, goes through the same function warm afterwards: the emulators' share of a call.
 * {@code scripts/coldstart.sh} starts emulators, uploads objects of their own for each run and repeats it. Usage:
 * {@code ColdStart [--primed] KEY [WARM_KEY]} with TABLE_NAME, SOURCE_BUCKET and the endpoint variables set; exit 1
 * when a record was not stored (a figure of a failed run would be no figure).
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        boolean primed = args.length > 0 && args[0].equals("--primed");
        List<String> keys = List.of(args).subList(primed ? 1 : 0, args.length);
        if (keys.isEmpty() || keys.size() > 2 || keys.get(0).startsWith("--")) {
            System.err.println("usage: ColdStart [--primed] KEY [WARM_KEY]   (with TABLE_NAME, SOURCE_BUCKET and AWS endpoint variables set)");
            System.exit(Main.USAGE);
        }
        Config config = Config.fromEnvironment();
        if (config.tableName() == null || config.bucket() == null) {
            System.err.println("ColdStart needs TABLE_NAME and SOURCE_BUCKET: it measures the real clients (see scripts/coldstart.sh)");
            System.exit(Main.USAGE);
        }
        long i0 = System.nanoTime();
        Services services = Services.get(); // what the handler's constructor does in Lambda's init phase
        SqsEventHandler handler = new SqsEventHandler(services);
        long initMillis = (System.nanoTime() - i0) / 1_000_000;
        long primeMillis = 0;
        if (primed) {
            long p0 = System.nanoTime();
            Priming.beforeSnapshot(services);
            primeMillis = (System.nanoTime() - p0) / 1_000_000;
        }
        long t0 = System.nanoTime();
        boolean ok = store(handler, config.bucket(), keys.get(0));
        long handlerMillis = (System.nanoTime() - t0) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuMillis = processCpuMillis();
        // checked after the clock stopped: the run counts only if the record is in the table
        ok &= stored(services, config.bucket(), keys.get(0));
        // a second object through the same, now warm, function: how much of the first call is the emulators' own time
        long warmMillis = -1;
        if (keys.size() == 2) {
            long w0 = System.nanoTime();
            ok &= store(handler, config.bucket(), keys.get(1));
            warmMillis = (System.nanoTime() - w0) / 1_000_000;
            ok &= stored(services, config.bucket(), keys.get(1));
        }
        System.err.printf(Locale.ROOT, "coldstart jvm_to_first_record_ms=%d cpu_to_first_record_ms=%d first_handler_call_ms=%d"
                + " warm_handler_call_ms=%d init_ms=%d priming_ms=%d primed=%s stored=%s%n",
                sinceJvmStart, cpuMillis, handlerMillis, warmMillis, initMillis, primeMillis, primed, ok);
        System.exit(ok ? Main.OK : Main.SOME_FAILED);
    }

    /** CPU time of the whole process so far, every thread (the JIT's too): a figure a busy machine inflates less than wall time. */
    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** One invocation of the worker on an S3 notification for the key; true when no message failed. */
    private static boolean store(SqsEventHandler handler, String bucket, String key) {
        SQSBatchResponse response = handler.handleRequest(SqsEventHandler.eventOf(List.of(notification(bucket, key)), "coldstart-"),
                new RunContext());
        return response.getBatchItemFailures().isEmpty();
    }

    private static boolean stored(Services services, String bucket, String key) {
        Optional<SummaryRecord> r = services.store.get(Readout.articleId("s3://" + bucket + "/" + key, null));
        return r.isPresent() && !r.get().failed();
    }

    /** An S3 ObjectCreated notification as S3 puts it on the queue (the key URL-encoded, '+' for spaces). */
    private static String notification(String bucket, String key) {
        String encodedKey = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        Map<String, Object> object = Map.of("key", encodedKey, "sequencer", Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT));
        Map<String, Object> s3 = Map.of("s3SchemaVersion", "1.0", "bucket", Map.of("name", bucket, "arn", "arn:aws:s3:::" + bucket),
                "object", object);
        Map<String, Object> record = Map.of("eventVersion", "2.1", "eventSource", "aws:s3", "awsRegion", "us-east-1",
                "eventName", "ObjectCreated:Put", "s3", s3);
        return RecordJson.toJson(Map.of("Records", List.of(record)));
    }

    /** The runtime's context of an invocation, so Powertools' logging context and the cold-start metric run as in Lambda. */
    private static final class RunContext implements Context {
        private final long deadline = System.currentTimeMillis() + 60_000;

        @Override public String getAwsRequestId() { return "coldstart-" + ProcessHandle.current().pid(); }
        @Override public String getLogGroupName() { return "/aws/lambda/readout-coldstart"; }
        @Override public String getLogStreamName() { return "coldstart"; }
        @Override public String getFunctionName() { return "readout-coldstart"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:readout-coldstart"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() { return null; }
    }
}
