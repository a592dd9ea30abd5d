package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import readout.queue.QueueMessages;
import readout.source.ObjectRef;

class SqsEventHandlerTest {

    @ParameterizedTest
    @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
    void anS3NotificationThroughSqsIsSummarized(SQSEvent event) throws IOException {
        TestServices t = new TestServices();
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        SQSBatchResponse r = new SqsEventHandler(t.services).handleRequest(event, null);
        assertTrue(r.getBatchItemFailures().isEmpty());
        assertEquals(1, t.store.size());
    }

    @ParameterizedTest
    @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
    void onlyTheFailingMessagesAreReported(SQSEvent event) throws IOException {
        TestServices t = new TestServices();
        t.source.put(S3EventHandlerTest.DECODED_KEY, S3EventHandlerTest.seed());
        t.source.put("news/b.txt", "Headline\n\nPrime Minister Pham Minh Chinh said ties are strong.");
        SQSEvent.SQSMessage good = event.getRecords().get(0);
        SQSEvent.SQSMessage malformed = message("m-bad", "not json at all");
        SQSEvent.SQSMessage redo = message("m-redo", QueueMessages.redo(new ObjectRef(TestServices.BUCKET, "news/b.txt", null, null, null, 0)));
        SQSEvent batch = new SQSEvent();
        batch.setRecords(new ArrayList<>(List.of(good, malformed, redo)));
        SQSBatchResponse r = new SqsEventHandler(t.services).handleRequest(batch, null);
        assertEquals(List.of("m-bad"), r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(2, t.store.size());
    }

    @ParameterizedTest
    @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
    void aFaultOfS3IsABatchItemFailureToRetry(SQSEvent event) {
        TestServices t = new TestServices();
        t.source.failWith = new IllegalStateException("S3 is down");
        SQSBatchResponse r = new SqsEventHandler(t.services).handleRequest(event, null);
        assertEquals(1, r.getBatchItemFailures().size());
        assertEquals(event.getRecords().get(0).getMessageId(), r.getBatchItemFailures().get(0).getItemIdentifier());
        assertEquals(0, t.store.size());
    }

    @ParameterizedTest
    @Event(value = "events/sqs-s3-put.json", type = SQSEvent.class)
    void anS3TestEventIsAcknowledged(SQSEvent event) {
        TestServices t = new TestServices();
        event.getRecords().get(0).setBody("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");
        assertTrue(new SqsEventHandler(t.services).handleRequest(event, null).getBatchItemFailures().isEmpty());
    }

    private static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(id);
        m.setBody(body);
        return m;
    }
}
