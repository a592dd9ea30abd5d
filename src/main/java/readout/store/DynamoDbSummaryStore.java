package readout.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import readout.record.ErrorRecord;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Summary records in DynamoDB, one item per article, keyed by {@code articleId}, with a global secondary
 * index on {@code publishedDate} (sort key {@code updatedAt}). Ordering and idempotency come from one
 * conditional UpdateItem per write (no transactions: the local emulator has none). The record is stored as
 * JSON, gzip-compressed when large; a record that does not fit DynamoDB's 400 KB item limit even compressed
 * is stored as a FAILED record saying so, so nothing is lost silently.
 */
public final class DynamoDbSummaryStore implements SummaryStore {
    /** Above this the JSON is stored compressed; items must stay under 400 KB with their other attributes. */
    static final int COMPRESS_OVER = 100_000;
    static final int MAX_RECORD_BYTES = 380_000;
    private static final String CHECKPOINT_PREFIX = "checkpoint#";
    private static final String CONDITION_WITH_SEQUENCER = "attribute_not_exists(articleId)"
            + " OR (attribute_exists(#seq) AND #seq < :seq)"
            + " OR ((attribute_not_exists(#seq) OR #seq = :seq) AND (contentSha256 <> :sha OR extractorVersion <> :ver))";
    private static final String CONDITION_REDO = "attribute_not_exists(articleId) OR contentSha256 <> :sha OR extractorVersion <> :ver";

    private final DynamoDbClient dynamo;
    private final String table;
    private final String dateIndex;

    public DynamoDbSummaryStore(DynamoDbClient dynamo, String table, String dateIndex) {
        this.dynamo = dynamo;
        this.table = table;
        this.dateIndex = dateIndex;
    }

    @Override
    public PutOutcome put(SummaryRecord record, Provenance p) {
        Encoded encoded = encode(record);
        SummaryRecord r = encoded.record();
        String now = Instant.now().toString();
        String seq = Provenance.normalizeSequencer(p.sequencer());
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        values.put(":sha", s(r.contentSha256()));
        values.put(":ver", s(r.extractorVersion()));
        set.add("contentSha256 = :sha");
        set.add("extractorVersion = :ver");
        attr(set, remove, names, values, "status", r.status());
        attr(set, remove, names, values, "publishedDate", r.publishedDate());
        attr(set, remove, names, values, "title", r.title());
        attr(set, remove, names, values, "sourceUri", r.source());
        attr(set, remove, names, values, "bucket", p.bucket());
        attr(set, remove, names, values, "objectKey", p.key());
        attr(set, remove, names, values, "versionId", p.versionId());
        attr(set, remove, names, values, "etag", p.etag());
        attr(set, remove, names, values, "errorCode", r.error() == null ? null : r.error().code());
        attr(set, remove, names, values, "updatedAt", now);
        names.put("#record", "record");
        names.put("#recordGz", "recordGz");
        if (encoded.gzipped() != null) {
            values.put(":recordGz", AttributeValue.builder().b(SdkBytes.fromByteArray(encoded.gzipped())).build());
            set.add("#recordGz = :recordGz");
            remove.add("#record");
        } else {
            values.put(":record", s(new String(encoded.json(), StandardCharsets.UTF_8)));
            set.add("#record = :record");
            remove.add("#recordGz");
        }
        String condition;
        if (seq != null) {
            names.put("#seq", "sequencer");
            values.put(":seq", s(seq));
            set.add("#seq = :seq");
            condition = CONDITION_WITH_SEQUENCER;
        } else {
            condition = CONDITION_REDO;
        }
        values.put(":now", s(now));
        set.add("receivedAt = if_not_exists(receivedAt, :now)");
        String update = "SET " + String.join(", ", set) + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(r.articleId())).updateExpression(update)
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
            return r == record ? PutOutcome.WRITTEN : PutOutcome.WRITTEN_TOO_LARGE;
        } catch (ConditionalCheckFailedException e) {
            StoredMeta existing = meta(r.articleId()).orElse(null);
            PutOutcome why = WriteRule.decide(existing, r, p);
            // The condition failed, so the stored item is the same or newer: never report a write that did not happen.
            return why == PutOutcome.WRITTEN ? PutOutcome.SUPERSEDED : why;
        }
    }

    private static void attr(List<String> set, List<String> remove, Map<String, String> names, Map<String, AttributeValue> values,
                             String name, String value) {
        names.put("#" + name, name);
        if (value == null || value.isEmpty()) {
            remove.add("#" + name);
        } else {
            values.put(":" + name, s(value));
            set.add("#" + name + " = :" + name);
        }
    }

    /** A record as it is stored: its JSON, compressed when large ({@code gzipped} null otherwise). */
    private record Encoded(SummaryRecord record, byte[] json, byte[] gzipped) {}

    /**
     * The record serialized (and compressed) once: itself, or — when even compressed it cannot fit an item — a
     * FAILED record saying so, keeping its metadata and summary.
     */
    private static Encoded encode(SummaryRecord r) {
        byte[] json = RecordJson.toJson(r).getBytes(StandardCharsets.UTF_8);
        if (json.length <= COMPRESS_OVER) return new Encoded(r, json, null);
        byte[] gz = gzip(json);
        if (gz.length <= MAX_RECORD_BYTES) return new Encoded(r, json, gz);
        SummaryRecord failed = new SummaryRecord(r.articleId(), r.source(), r.format(), r.title(), r.publishedDate(), r.dateline(),
                r.agency(), List.of(), List.of(), List.of(), List.of(), r.summary(), r.keywords(), List.of(), r.extractorVersion(),
                r.contentSha256(), r.contentLength(), SummaryRecord.FAILED, new ErrorRecord(SummaryStore.RECORD_TOO_LARGE,
                "the summary record is " + json.length + " bytes and does not fit a DynamoDB item even compressed"));
        byte[] failedJson = RecordJson.toJson(failed).getBytes(StandardCharsets.UTF_8);
        return new Encoded(failed, failedJson, failedJson.length > COMPRESS_OVER ? gzip(failedJson) : null);
    }

    @Override
    public Optional<SummaryRecord> get(String articleId) {
        GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(articleId)).consistentRead(true));
        if (!r.hasItem() || r.item().isEmpty() || articleId.startsWith(CHECKPOINT_PREFIX)) return Optional.empty();
        return Optional.of(decode(r.item()));
    }

    @Override
    public Optional<StoredMeta> meta(String articleId) {
        GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(articleId)).consistentRead(true)
                .projectionExpression("articleId, extractorVersion, contentSha256, etag, sequencer, #st")
                .expressionAttributeNames(Map.of("#st", "status")));
        if (!r.hasItem() || r.item().isEmpty()) return Optional.empty();
        Map<String, AttributeValue> i = r.item();
        return Optional.of(new StoredMeta(articleId, str(i, "extractorVersion"), str(i, "contentSha256"), str(i, "etag"),
                str(i, "sequencer"), str(i, "status")));
    }

    @Override
    public Page<SummaryRecord> listByDate(String date, int limit, String nextToken) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(dateIndex)
                .keyConditionExpression("publishedDate = :d").expressionAttributeValues(Map.of(":d", s(date)))
                .scanIndexForward(false).limit(limit);
        if (nextToken != null) q.exclusiveStartKey(decodeToken(nextToken, date));
        QueryResponse res = dynamo.query(q.build());
        List<SummaryRecord> items = new ArrayList<>();
        for (Map<String, AttributeValue> i : res.items()) items.add(decode(i));
        String next = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? encodeToken(res.lastEvaluatedKey()) : null;
        return new Page<>(items, next);
    }

    @Override
    public Optional<String> checkpoint(String name) {
        GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(CHECKPOINT_PREFIX + name)).consistentRead(true));
        return r.hasItem() && !r.item().isEmpty() ? Optional.ofNullable(str(r.item(), "startAfter")) : Optional.empty();
    }

    @Override
    public void saveCheckpoint(String name, String startAfter) {
        if (startAfter == null) {
            dynamo.deleteItem(b -> b.tableName(table).key(key(CHECKPOINT_PREFIX + name)));
            return;
        }
        dynamo.putItem(b -> b.tableName(table).item(Map.of("articleId", s(CHECKPOINT_PREFIX + name), "startAfter", s(startAfter),
                "updatedAt", s(Instant.now().toString()))));
    }

    private static SummaryRecord decode(Map<String, AttributeValue> item) {
        AttributeValue gz = item.get("recordGz");
        String json = gz != null && gz.b() != null ? new String(gunzip(gz.b().asByteArray()), StandardCharsets.UTF_8)
                : item.get("record").s();
        return RecordJson.fromJson(json);
    }

    private static String encodeToken(Map<String, AttributeValue> lastKey) {
        Map<String, String> flat = new HashMap<>();
        for (Map.Entry<String, AttributeValue> e : lastKey.entrySet()) flat.put(e.getKey(), e.getValue().s());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(RecordJson.toJson(flat).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decodeToken(String token, String date) {
        Map<String, String> flat;
        try {
            flat = RecordJson.mapper().readValue(Base64.getUrlDecoder().decode(token), new TypeReference<Map<String, String>>() {});
        } catch (IOException | IllegalArgumentException e) {
            throw new BadTokenException("nextToken is not valid");
        }
        if (flat == null || !date.equals(flat.get("publishedDate")) || flat.get("articleId") == null || flat.size() > 4) {
            throw new BadTokenException("nextToken does not belong to this listing");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (Map.Entry<String, String> e : flat.entrySet()) key.put(e.getKey(), s(e.getValue()));
        return key;
    }

    private static Map<String, AttributeValue> key(String articleId) {
        return Map.of("articleId", s(articleId));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
