package readout.lambda;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.Map;
import readout.telemetry.EmfTelemetry;
import readout.testing.FakeContext;

/**
 * Run in a JVM of its own by {@link FreshJvmTest}, for what is read once per execution environment (the log
 * level, the cold start): two invocations of the S3 handler (an article stored, then the same event again) and
 * one of the SQS handler failing on a fault, with metrics as in Lambda.
 */
public final class FreshJvmProbe {
    private FreshJvmProbe() {}

    public static void main(String[] args) throws Exception {
        TestServices t = new TestServices(Map.of(), EmfTelemetry.fromEnvironment(System.getenv()));
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        S3EventHandler s3 = new S3EventHandler(t.services);
        s3.handleRequest(EventLoader.loadS3Event("events/s3-put.json"), new FakeContext("probe-1"));
        s3.handleRequest(EventLoader.loadS3Event("events/s3-put.json"), new FakeContext("probe-2"));
        t.source.failWith = new IllegalStateException("S3 is down");
        new SqsEventHandler(t.services).handleRequest(EventLoader.loadSQSEvent("events/sqs-s3-put.json"), new FakeContext("probe-3"));
    }
}
