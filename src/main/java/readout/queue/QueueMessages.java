package readout.queue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import readout.record.RecordJson;
import readout.source.ObjectRef;

/**
 * The bodies that travel on the work queue: S3 event notifications (as S3 sends them to SQS) and the
 * batch's redo messages. One parser for both, so every producer and the worker agree.
 */
public final class QueueMessages {
    private QueueMessages() {}

    /** Thrown for a body that is neither; the message goes back to the queue and, in the end, to the DLQ. */
    public static final class MalformedMessageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedMessageException(String message) {
            super(message);
        }
    }

    /** A redo message for an object the batch found stale. */
    public static String redo(ObjectRef ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readout", "redo");
        m.put("bucket", ref.bucket());
        m.put("key", ref.key());
        if (ref.etag() != null) m.put("etag", ref.etag());
        if (ref.versionId() != null) m.put("versionId", ref.versionId());
        m.put("size", ref.size());
        return RecordJson.toJson(m);
    }

    /** The objects a body names; an S3 test event names none. */
    public static List<ObjectRef> parse(String body) {
        JsonNode n;
        try {
            n = RecordJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new MalformedMessageException("message body is not JSON");
        }
        if (n == null || !n.isObject()) throw new MalformedMessageException("message body is not a JSON object");
        if ("redo".equals(n.path("readout").asText())) {
            String bucket = n.path("bucket").asText(null);
            String key = n.path("key").asText(null);
            if (bucket == null || key == null) throw new MalformedMessageException("redo message without bucket or key");
            return List.of(new ObjectRef(bucket, key, text(n, "versionId"), text(n, "etag"), null, n.path("size").asLong(0)));
        }
        if ("s3:TestEvent".equals(n.path("Event").asText())) return List.of();
        JsonNode records = n.get("Records");
        if (records == null || !records.isArray()) throw new MalformedMessageException("message is neither an S3 notification nor a redo");
        List<ObjectRef> out = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.path("eventName").asText("").startsWith("ObjectCreated")) continue;
            JsonNode s3 = r.path("s3");
            String bucket = s3.path("bucket").path("name").asText(null);
            String rawKey = s3.path("object").path("key").asText(null);
            if (bucket == null || rawKey == null) throw new MalformedMessageException("S3 record without bucket or key");
            JsonNode o = s3.path("object");
            out.add(new ObjectRef(bucket, decodeKey(rawKey), text(o, "versionId"), text(o, "eTag"), text(o, "sequencer"),
                    o.path("size").asLong(0)));
        }
        return out;
    }

    /** S3 event keys are URL-encoded with '+' for spaces (as {@code getUrlDecodedKey()} decodes them). */
    public static String decodeKey(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
