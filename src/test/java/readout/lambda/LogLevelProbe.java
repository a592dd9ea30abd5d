package readout.lambda;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import readout.testing.FakeContext;

/**
 * Run in a JVM of its own by {@link LogLevelTest} (the level is read from the environment once): one article
 * stored (INFO lines) and one queue message failing on a fault (an ERROR line).
 */
public final class LogLevelProbe {
    private LogLevelProbe() {}

    public static void main(String[] args) throws Exception {
        TestServices t = new TestServices();
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        new S3EventHandler(t.services).handleRequest(EventLoader.loadS3Event("events/s3-put.json"), new FakeContext("probe-1"));
        t.source.failWith = new IllegalStateException("S3 is down");
        new SqsEventHandler(t.services).handleRequest(EventLoader.loadSQSEvent("events/sqs-s3-put.json"), new FakeContext("probe-2"));
    }
}
