package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import readout.record.RecordJson;

/** openapi.yaml against the handler: the same routes, and real responses that validate against the schemas. */
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void routesInTheContractAreTheRoutesInTheTemplate() throws Exception {
        JsonNode api = YAML.readTree(new File("openapi.yaml"));
        Set<String> documented = new HashSet<>();
        api.get("paths").properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> deployed = new HashSet<>();
        JsonNode events = YAML.readTree(new File("template.yaml")).get("Resources").get("ApiFunction").get("Properties").get("Events");
        for (JsonNode e : events) deployed.add(e.get("Properties").get("Method").asText() + " " + e.get("Properties").get("Path").asText());
        assertEquals(deployed, documented);
    }

    @Test
    void realResponsesValidateAgainstTheDocumentedSchemas() throws Exception {
        JsonNode api = YAML.readTree(new File("openapi.yaml"));
        TestServices t = new TestServices(Map.of("MAX_ARTICLE_BYTES", "20000"));
        ApiHandler handler = new ApiHandler(t.services);
        List<String[]> calls = new ArrayList<>(); // {method, path template, status, body}
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        APIGatewayV2HTTPResponse stored = handler.handleRequest(post, null);
        calls.add(new String[] {"post", "/summaries", "" + stored.getStatusCode(), stored.getBody()});
        String id = RecordJson.fromJson(stored.getBody()).articleId();
        for (String[] ct : new String[][] {{"text/html", "<p>Chinh said ties are strong.</p>"}, {"application/json", "{\"text\": "},
                {"image/png", "x"}, {"text/plain", "x".repeat(20_001)}, {"text/plain", ""}}) {
            APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
            e.setHeaders(new HashMap<>(Map.of("content-type", ct[0])));
            e.setQueryStringParameters(null);
            e.setBody(ct[1]);
            APIGatewayV2HTTPResponse r = handler.handleRequest(e, null);
            calls.add(new String[] {"post", "/summaries", "" + r.getStatusCode(), r.getBody()});
        }
        APIGatewayV2HTTPEvent get = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        for (String path : new String[] {"/summaries/" + id, "/summaries/0123456789abcdef0123456789abcdef"}) {
            get.setRawPath(path);
            get.getRequestContext().getHttp().setPath(path);
            APIGatewayV2HTTPResponse r = handler.handleRequest(get, null);
            calls.add(new String[] {"get", "/summaries/{articleId}", "" + r.getStatusCode(), r.getBody()});
        }
        APIGatewayV2HTTPEvent list = EventLoader.loadApiGatewayHttpEvent("events/api-list-by-date.json");
        list.setQueryStringParameters(Map.of("date", RecordJson.fromJson(stored.getBody()).publishedDate() == null ? "2026-01-01"
                : RecordJson.fromJson(stored.getBody()).publishedDate()));
        APIGatewayV2HTTPResponse page = handler.handleRequest(list, null);
        calls.add(new String[] {"get", "/summaries", "" + page.getStatusCode(), page.getBody()});
        t.store.put(t.services.readout.summarize("s3://b/empty.txt", null, new byte[0]), readout.store.Provenance.none());
        for (Map<String, String> q : List.of(Map.of("date", "not-a-date"), Map.of("status", "FAILED"), Map.of("status", "OK", "limit", "1"),
                Map.of("undated", "true"), Map.of("status", "FAILED", "nextToken", "forged"), Map.of("undated", "true", "date", "2021-05-06"))) {
            list.setQueryStringParameters(q);
            APIGatewayV2HTTPResponse r = handler.handleRequest(list, null);
            calls.add(new String[] {"get", "/summaries", "" + r.getStatusCode(), r.getBody()});
            // every query parameter the handler is given is one the contract documents
            for (String name : q.keySet()) assertTrue(documentedParameters(api, "/summaries", "get").contains(name), name);
        }

        Set<String> statuses = new HashSet<>();
        for (String[] c : calls) {
            JsonNode response = api.get("paths").get(c[1]).get(c[0]).get("responses").get(c[2]);
            assertNotNull(response, c[0] + " " + c[1] + " answered " + c[2] + ", which the contract does not document");
            if (response.has("$ref")) response = resolve(api, response.get("$ref").asText());
            JsonNode schema = response.get("content").get("application/json").get("schema");
            List<String> problems = new ArrayList<>();
            validate(api, schema, RecordJson.mapper().readTree(c[3]), "$", problems);
            assertTrue(problems.isEmpty(), c[0] + " " + c[1] + " " + c[2] + ": " + problems);
            statuses.add(c[2]);
        }
        assertTrue(statuses.containsAll(Set.of("200", "201", "400", "404", "413", "415")), statuses.toString());
    }

    private static Set<String> documentedParameters(JsonNode api, String path, String method) {
        Set<String> names = new HashSet<>();
        for (JsonNode p : api.get("paths").get(path).get(method).get("parameters")) names.add(p.get("name").asText());
        return names;
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) n = n.get(part);
        return n;
    }

    /** The subset of JSON Schema the contract uses: $ref, type (with null), required, properties, items, enum, oneOf, minimum, pattern. */
    private static void validate(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            validate(root, resolve(root, schema.get("$ref").asText()), value, at, problems);
            return;
        }
        if (schema.has("oneOf")) {
            int ok = 0;
            for (JsonNode alt : schema.get("oneOf")) {
                List<String> p = new ArrayList<>();
                validate(root, alt, value, at, p);
                if (p.isEmpty()) ok++;
            }
            if (ok != 1) problems.add(at + ": matches " + ok + " of oneOf");
            return;
        }
        if (schema.has("type")) {
            Set<String> types = new HashSet<>();
            if (schema.get("type").isArray()) schema.get("type").forEach(x -> types.add(x.asText()));
            else types.add(schema.get("type").asText());
            String actual = value.isNull() ? "null" : value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
                    : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
            if (!types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
                problems.add(at + ": " + actual + " is not " + types);
                return;
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) if (e.equals(value) || e.isNull() && value.isNull()) found = true;
            if (!found) problems.add(at + ": " + value + " not in enum");
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) problems.add(at + ": below minimum");
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) problems.add(at + ": pattern");
        if (value.isObject()) {
            if (schema.has("required")) for (JsonNode r : schema.get("required")) if (!value.has(r.asText())) problems.add(at + ": missing " + r.asText());
            if (schema.has("properties")) {
                value.properties().forEach(f -> {
                    JsonNode ps = schema.get("properties").get(f.getKey());
                    if (ps == null) problems.add(at + ": undocumented property " + f.getKey());
                    else validate(root, ps, f.getValue(), at + "." + f.getKey(), problems);
                });
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) validate(root, schema.get("items"), item, at + "[" + i++ + "]", problems);
        }
    }
}
