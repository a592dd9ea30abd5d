package readout.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import readout.record.ErrorRecord;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Summary records in DynamoDB, one item per article, keyed by {@code articleId}, with two global secondary
 * indexes sorted by {@code updatedAt}: one on {@code publishedDate} ({@link #UNDATED} for an article that gives
 * none), one on {@code status}. Ordering and idempotency come from one conditional UpdateItem per write (no
 * transactions: the local emulator has none). The record is stored as JSON, gzip-compressed when large; a record
 * that does not fit DynamoDB's 400 KB item limit even compressed is stored as a FAILED record saying so, so
 * nothing is lost silently.
 */
public final class DynamoDbSummaryStore implements SummaryStore {
    /** Above this the JSON is stored compressed; items must stay under 400 KB with their other attributes. */
    static final int COMPRESS_OVER = 100_000;
    static final int MAX_RECORD_BYTES = 380_000;
    private static final String CHECKPOINT_PREFIX = "checkpoint#";
    /** The date index's key for records without a publication date: not a yyyy-MM-dd, so no day's listing holds them. */
    public static final String UNDATED = "undated";
    /**
     * {@code updatedAt} and {@code receivedAt}: fixed width, so that the indexes' string order is time order
     * ({@code Instant.toString()} drops zero fractions: "…:20Z" sorted after "…:20.5Z").
     */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** BatchGetItem's limit. */
    private static final int BATCH_GET_MAX = 100;
    private static final int BATCH_GET_ATTEMPTS = 5;
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String CONDITION_WITH_SEQUENCER = "attribute_not_exists(articleId)"
            + " OR (attribute_exists(#seq) AND #seq < :seq)"
            + " OR ((attribute_not_exists(#seq) OR #seq = :seq) AND (contentSha256 <> :sha OR extractorVersion <> :ver))";
    private static final String CONDITION_REDO = "attribute_not_exists(articleId) OR contentSha256 <> :sha OR extractorVersion <> :ver";

    private final DynamoDbClient dynamo;
    private final String table;
    private final String dateIndex;
    private final String statusIndex;

    /**
     * @param dateIndex   the index on publishedDate, sort key updatedAt, projecting every attribute
     * @param statusIndex the index on status, sort key updatedAt, projecting keys only: every record is in it
     *                    (OK ones are most), and a copy of each record there would double the cost of every write
     */
    public DynamoDbSummaryStore(DynamoDbClient dynamo, String table, String dateIndex, String statusIndex) {
        this.dynamo = dynamo;
        this.table = table;
        this.dateIndex = dateIndex;
        this.statusIndex = statusIndex;
    }

    @Override
    public PutOutcome put(SummaryRecord record, Provenance p) {
        Encoded encoded = encode(record);
        SummaryRecord r = encoded.record();
        String now = TIME.format(Instant.now());
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
        attr(set, remove, names, values, "publishedDate", r.publishedDate() == null ? UNDATED : r.publishedDate());
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

    /** The index a listing reads and the partition of it that holds the listing. */
    private record IndexPartition(String index, String keyAttribute, String keyValue, boolean keysOnly) {
        Set<String> tokenKey() {
            return Set.of("articleId", keyAttribute, "updatedAt");
        }
    }

    private IndexPartition partitionOf(Listing listing) {
        if (listing instanceof Listing.ByDate d) return new IndexPartition(dateIndex, "publishedDate", d.date(), false);
        if (listing instanceof Listing.Undated) return new IndexPartition(dateIndex, "publishedDate", UNDATED, false);
        if (listing instanceof Listing.ByStatus st) return new IndexPartition(statusIndex, "status", st.status(), true);
        throw new IllegalArgumentException("no index for " + listing);
    }

    @Override
    public Page<SummaryRecord> list(Listing listing, int limit, String nextToken) {
        IndexPartition p = partitionOf(listing);
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(p.index())
                .keyConditionExpression("#k = :v").expressionAttributeNames(Map.of("#k", p.keyAttribute()))
                .expressionAttributeValues(Map.of(":v", s(p.keyValue()))).scanIndexForward(false).limit(limit);
        if (nextToken != null) q.exclusiveStartKey(startKey(nextToken, listing, p));
        QueryResponse res = dynamo.query(q.build());
        List<SummaryRecord> items = new ArrayList<>();
        if (p.keysOnly()) {
            // The index has keys only: read the records, and keep those still in the listing (the index lags a write).
            for (SummaryRecord r : getAll(res.items())) if (listing.includes(r)) items.add(r);
        } else {
            for (Map<String, AttributeValue> i : res.items()) items.add(decode(i));
        }
        String next = null;
        if (res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty()) {
            Map<String, String> last = new HashMap<>();
            res.lastEvaluatedKey().forEach((k, v) -> last.put(k, v.s()));
            next = PageToken.encode(listing, last);
        }
        return new Page<>(items, next);
    }

    /** The records of the items' keys, in the items' order (absent ones left out). */
    private List<SummaryRecord> getAll(List<Map<String, AttributeValue>> keyed) {
        Map<String, SummaryRecord> found = new HashMap<>();
        for (int from = 0; from < keyed.size(); from += BATCH_GET_MAX) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (Map<String, AttributeValue> i : keyed.subList(from, Math.min(keyed.size(), from + BATCH_GET_MAX))) {
                keys.add(key(str(i, "articleId")));
            }
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true)
                    .projectionExpression("articleId, #record, recordGz").expressionAttributeNames(Map.of("#record", "record")).build());
            for (int attempt = 1; !request.isEmpty(); attempt++) {
                if (attempt > BATCH_GET_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left keys unprocessed after " + BATCH_GET_ATTEMPTS + " tries");
                }
                if (attempt > 1) pause(attempt);
                BatchGetItemResponse got = dynamo.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build());
                for (Map<String, AttributeValue> i : got.responses().getOrDefault(table, List.of())) {
                    found.put(str(i, "articleId"), decode(i));
                }
                request = got.hasUnprocessedKeys() ? got.unprocessedKeys() : Map.of();
            }
        }
        List<SummaryRecord> out = new ArrayList<>();
        for (Map<String, AttributeValue> i : keyed) {
            SummaryRecord r = found.get(str(i, "articleId"));
            if (r != null) out.add(r);
        }
        return out;
    }

    /** Unprocessed keys mean throttling: back off before asking again, as DynamoDB asks. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(25L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a page", e);
        }
    }

    /** The ExclusiveStartKey a token carries, checked against the listing's index and partition. */
    private static Map<String, AttributeValue> startKey(String token, Listing listing, IndexPartition p) {
        Map<String, String> k = PageToken.decode(token, listing, p.tokenKey());
        boolean valid = p.keyValue().equals(k.get(p.keyAttribute())) && ARTICLE_ID.matcher(k.get("articleId")).matches();
        try {
            DateTimeFormatter.ISO_INSTANT.parse(k.get("updatedAt"));
        } catch (DateTimeParseException e) {
            valid = false;
        }
        if (!valid) throw PageToken.bad("nextToken is not a token this API made (a bad key value)");
        Map<String, AttributeValue> key = new HashMap<>();
        k.forEach((name, value) -> key.put(name, s(value)));
        return key;
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
                "updatedAt", s(TIME.format(Instant.now())))));
    }

    private static SummaryRecord decode(Map<String, AttributeValue> item) {
        AttributeValue gz = item.get("recordGz");
        String json = gz != null && gz.b() != null ? new String(gunzip(gz.b().asByteArray()), StandardCharsets.UTF_8)
                : item.get("record").s();
        return RecordJson.fromJson(json);
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
