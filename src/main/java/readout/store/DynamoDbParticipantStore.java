package readout.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.participants.IndexEntry;
import readout.record.RecordJson;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The participant index in a table of its own: the summaries table is keyed by article alone, and an entry needs a
 * key of two parts — {@code personKey} (partition) and {@code entryKey}, the article's publication date (or
 * {@link #UNDATED_SORT}, below every date) then {@code #} and its id — so that one query lists a person's
 * entries newest first with undated ones last. Two indexes: {@code byArticle} (partition {@code articleId}, keys
 * only) finds an article's entries to remove, {@code byInitial} (partition the key's first character, sort the
 * key) lists people by key prefix. Each entry is its JSON ({@code entry}) and the {@code revision} of the
 * record it was made from; writes are conditional on it, never transactions.
 */
public final class DynamoDbParticipantStore implements ParticipantStore {
    /** Sorts below every yyyy-MM-dd, so undated articles come last in a newest-first query. */
    static final String UNDATED_SORT = "0000-00-00";
    public static final String ARTICLE_INDEX = "byArticle";
    public static final String INITIAL_INDEX = "byInitial";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbParticipantStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String entryKey(IndexEntry e) {
        return (e.publishedDate() == null ? UNDATED_SORT : e.publishedDate()) + "#" + e.articleId();
    }

    @Override
    public void replace(String articleId, long revision, List<IndexEntry> written) {
        AttributeValue rev = AttributeValue.builder().n(Long.toString(revision)).build();
        Set<String> kept = new HashSet<>();
        for (IndexEntry e : written) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("personKey", s(e.personKey()));
            item.put("entryKey", s(entryKey(e)));
            item.put("articleId", s(articleId));
            item.put("initial", s(e.personKey().substring(0, 1)));
            item.put("revision", rev);
            item.put("entry", s(json(e)));
            kept.add(e.personKey() + "\n" + entryKey(e));
            try {
                dynamo.putItem(b -> b.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(personKey) OR revision <= :rev")
                        .expressionAttributeValues(Map.of(":rev", rev)));
            } catch (ConditionalCheckFailedException newer) {
                // a newer revision's entry: it stays
            }
        }
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(ARTICLE_INDEX)
                    .keyConditionExpression("articleId = :a").expressionAttributeValues(Map.of(":a", s(articleId)));
            if (start != null) q.exclusiveStartKey(start);
            QueryResponse page = dynamo.query(q.build());
            for (Map<String, AttributeValue> k : page.items()) {
                if (kept.contains(k.get("personKey").s() + "\n" + k.get("entryKey").s())) continue;
                try {
                    dynamo.deleteItem(b -> b.tableName(table)
                            .key(Map.of("personKey", k.get("personKey"), "entryKey", k.get("entryKey")))
                            .conditionExpression("revision < :rev").expressionAttributeValues(Map.of(":rev", rev)));
                } catch (ConditionalCheckFailedException newer) {
                    // written by a newer revision meanwhile: it stays
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    @Override
    public Read withPrefix(String keyPrefix, int max) {
        if (keyPrefix.isEmpty()) throw new IllegalArgumentException("a prefix of at least one character");
        List<Stored> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(INITIAL_INDEX)
                    .keyConditionExpression("initial = :i AND begins_with(personKey, :p)")
                    .expressionAttributeValues(Map.of(":i", s(keyPrefix.substring(0, 1)), ":p", s(keyPrefix)))
                    .limit(Math.min(1000, max + 1 - out.size()));
            if (start != null) q.exclusiveStartKey(start);
            QueryResponse page = dynamo.query(q.build());
            for (Map<String, AttributeValue> i : page.items()) {
                if (out.size() == max) return new Read(out, true);
                out.add(new Stored(parse(i.get("entry").s()), Long.parseLong(i.get("revision").n())));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new Read(out, false);
    }

    private static String json(IndexEntry e) {
        return RecordJson.toJson(e);
    }

    private static IndexEntry parse(String json) {
        try {
            return RecordJson.mapper().readValue(json, IndexEntry.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }
}
