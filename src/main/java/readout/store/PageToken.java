package readout.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import readout.record.RecordJson;

/**
 * A page token: the listing it belongs to and the ordering key of the last record on its page, as base64url
 * JSON. A key, not a position, so records written while a client pages never shift what the next page holds.
 * Opaque to clients; decoding checks every part, so a forged, truncated or foreign token is a
 * {@link SummaryStore.BadTokenException} with a reason, never a fault.
 */
final class PageToken {
    /** Far above any token a store makes (a few key attributes); bounds the work a forged one can cause. */
    static final int MAX_LENGTH = 1024;
    private static final int MAX_VALUE_LENGTH = 200;

    private PageToken() {}

    static String encode(Listing listing, Map<String, String> lastKey) {
        ObjectNode json = RecordJson.mapper().createObjectNode();
        json.put("listing", listing.name());
        ObjectNode after = json.putObject("after");
        lastKey.forEach(after::put);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key a token continues after, with exactly the attributes {@code keyNames}, each a non-empty string. */
    static Map<String, String> decode(String token, Listing listing, Set<String> keyNames) {
        if (token.isEmpty()) throw bad("nextToken is empty; leave it out for the first page");
        if (token.length() > MAX_LENGTH) throw bad("nextToken is longer than any token this API makes");
        JsonNode json;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            // only the one spelling this class writes: no padding, no stray bits, no text after the JSON
            if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) throw new IllegalArgumentException();
            json = RecordJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
        } catch (IllegalArgumentException | IOException e) {
            throw bad("nextToken is not a token this API made (not base64url JSON)");
        }
        if (json == null || !json.isObject() || json.size() != 2 || !json.path("listing").isTextual() || !json.path("after").isObject()) {
            throw bad("nextToken is not a token this API made");
        }
        if (!json.get("listing").asText().equals(listing.name())) {
            throw bad("nextToken belongs to another listing; pass it back with the query that returned it");
        }
        JsonNode after = json.get("after");
        Map<String, String> key = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : after.properties()) {
            JsonNode v = f.getValue();
            if (!v.isTextual() || v.asText().isEmpty() || v.asText().length() > MAX_VALUE_LENGTH) {
                throw bad("nextToken is not a token this API made (a bad key value)");
            }
            key.put(f.getKey(), v.asText());
        }
        if (!key.keySet().equals(keyNames)) throw bad("nextToken is not a token this API made (other key attributes)");
        return key;
    }

    static SummaryStore.BadTokenException bad(String reason) {
        return new SummaryStore.BadTokenException(reason);
    }
}
