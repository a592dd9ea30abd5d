package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import readout.queue.QueueMessages;
import readout.source.ObjectRef;

class QueueMessagesTest {

    @Test
    void keysAreDecodedAsS3EncodesThem() {
        assertEquals("a b+c%/Hà Nội.txt", QueueMessages.decodeKey("a+b%2Bc%25/H%C3%A0+N%E1%BB%99i.txt"));
    }

    @Test
    void aRedoMessageRoundTrips() {
        ObjectRef ref = new ObjectRef("bucket", "news/a b+c.txt", "v1", "\"etag\"", null, 42);
        assertEquals(List.of(ref), QueueMessages.parse(QueueMessages.redo(ref)));
    }

    @Test
    void notificationsKeepTheirSequencerAndOnlyCreationsCount() {
        String body = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"b\"},"
                + "\"object\":{\"key\":\"x+y.txt\",\"eTag\":\"e\",\"sequencer\":\"00AB\",\"size\":5}}},"
                + "{\"eventName\":\"ObjectRemoved:Delete\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"z.txt\"}}}]}";
        List<ObjectRef> refs = QueueMessages.parse(body);
        assertEquals(1, refs.size());
        assertEquals("x y.txt", refs.get(0).key());
        assertEquals("00AB", refs.get(0).sequencer());
        assertNull(refs.get(0).versionId());
    }

    @Test
    void testEventsNameNothingAndGarbageIsMalformed() {
        assertTrue(QueueMessages.parse("{\"Event\":\"s3:TestEvent\"}").isEmpty());
        assertThrows(QueueMessages.MalformedMessageException.class, () -> QueueMessages.parse("[]"));
        assertThrows(QueueMessages.MalformedMessageException.class, () -> QueueMessages.parse("{\"hello\":1}"));
        assertThrows(QueueMessages.MalformedMessageException.class, () -> QueueMessages.parse("{\"readout\":\"redo\"}"));
    }
}
