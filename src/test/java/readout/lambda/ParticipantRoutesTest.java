package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import readout.record.RecordJson;

/** The participant routes over the in-memory stores, fed by posting the two seed articles with store=true. */
class ParticipantRoutesTest {
    private final TestServices t = new TestServices();
    private final ApiHandler api = new ApiHandler(t.services);

    private APIGatewayV2HTTPResponse call(String path, Map<String, String> query, String accept) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setQueryStringParameters(query);
        e.setHeaders(accept == null ? new HashMap<>() : new HashMap<>(Map.of("accept", accept)));
        return api.handleRequest(e, null);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse r) throws Exception {
        return RecordJson.mapper().readTree(r.getBody());
    }

    private String postSeed(String name) throws Exception {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        e.setHeaders(new HashMap<>(Map.of("content-type", "text/plain")));
        e.setQueryStringParameters(Map.of("store", "true", "source", "samples/" + name));
        e.setIsBase64Encoded(false);
        e.setBody(new String(ParticipantRoutesTest.class.getResourceAsStream("/articles/" + name).readAllBytes(), StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
        assertEquals(201, r.getStatusCode(), r.getBody());
        return json(r).get("articleId").asText();
    }

    @Test
    void trongsStatementsFromBothSeedArticlesNewestFirst() throws Exception {
        String dated = postSeed("seed-vn-cuba-2021.txt"), undated = postSeed("seed-vn-cuba-2022.txt");
        JsonNode people = json(call("/participants", Map.of("prefix", "Ngu"), null));
        assertEquals("nguyen-phu-trong", people.get("items").get(0).get("key").asText());
        assertEquals(2, people.get("items").get(0).get("articleCount").asInt());

        JsonNode person = json(call("/participants/nguyen-phu-trong", null, null));
        assertEquals("Nguyễn Phú Trọng", person.get("name").asText());
        assertEquals("2021-05-06", person.get("firstDate").asText());
        assertTrue(person.get("affiliations").toString().contains("Việt Nam"));

        List<String> articles = new ArrayList<>();
        String token = null;
        do { // small pages, to walk the tokens too
            Map<String, String> q = new HashMap<>(Map.of("limit", "3"));
            if (token != null) q.put("nextToken", token);
            JsonNode page = json(call("/participants/nguyen-phu-trong/statements", q, null));
            page.get("items").forEach(s -> articles.add(s.get("articleId").asText()));
            token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
        } while (token != null && articles.size() < 1000);
        assertEquals(List.of(dated, undated), List.copyOf(new LinkedHashSet<>(articles)), "the dated article first, the undated last");
        assertEquals(person.get("statementCount").asInt(), articles.size(), "every statement once");

        JsonNode agreements = json(call("/participants/nguyen-phu-trong/agreements", null, null));
        assertTrue(agreements.get("items").size() > 0);
        assertTrue(agreements.get("items").get(0).get("parties").toString().contains("Nguyễn Phú Trọng"));

        JsonNode inMay = json(call("/participants/nguyen-phu-trong/statements", Map.of("from", "2021-05-01", "to", "2021-05-31"), null));
        Set<String> inRange = new LinkedHashSet<>();
        inMay.get("items").forEach(s -> inRange.add(s.get("articleId").asText()));
        assertEquals(Set.of(dated), inRange, "a date range leaves the undated article out");
    }

    @Test
    void theTimelinePageLinksToTheArticleViewsAtTheirHighlights() throws Exception {
        String dated = postSeed("seed-vn-cuba-2021.txt");
        APIGatewayV2HTTPResponse r = call("/participants/nguyen-phu-trong", null, "text/html");
        assertEquals(200, r.getStatusCode());
        assertTrue(r.getHeaders().get("Content-Type").startsWith("text/html"));
        Document page = Jsoup.parse(r.getBody());
        assertTrue(page.select("li.statement a").first().attr("href").startsWith("/summaries/" + dated + "#s"));
    }

    @Test
    void unknownPeopleAreNotFoundAndBadDatesOrTokensAreBadRequests() throws Exception {
        postSeed("seed-vn-cuba-2021.txt");
        assertEquals(404, call("/participants/nobody-at-all", null, null).getStatusCode());
        assertEquals(404, call("/participants/Not A Key", null, null).getStatusCode());
        assertEquals(404, call("/participants/nobody-at-all/statements", null, null).getStatusCode());
        assertEquals(404, call("/participants/nguyen-phu-trong/quotes", null, null).getStatusCode());
        assertEquals(400, call("/participants", null, null).getStatusCode(), "a prefix is needed");
        assertEquals(400, call("/participants/nguyen-phu-trong/statements", Map.of("from", "2021-13-01"), null).getStatusCode());
        assertEquals(400, call("/participants/nguyen-phu-trong/statements", Map.of("from", "2021-06-01", "to", "2021-05-01"), null).getStatusCode());
        assertEquals(400, call("/participants/nguyen-phu-trong/statements", Map.of("nextToken", "forged"), null).getStatusCode());
        String other = json(call("/participants/nguyen-phu-trong/statements", Map.of("limit", "1"), null)).get("nextToken").asText();
        assertEquals(400, call("/participants/nguyen-phu-trong/agreements", Map.of("nextToken", other), null).getStatusCode(),
                "a token of another listing");
        assertEquals(400, call("/participants/nguyen-phu-trong/statements", Map.of("limit", "0"), null).getStatusCode());
        assertEquals("BAD_REQUEST", json(call("/participants", Map.of("prefix", "-"), null)).get("code").asText());
    }

    private void postText(String source, String text) throws Exception {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        e.setHeaders(new HashMap<>(Map.of("content-type", "text/plain")));
        e.setQueryStringParameters(Map.of("store", "true", "source", source));
        e.setIsBase64Encoded(false);
        e.setBody(text);
        assertEquals(201, api.handleRequest(e, null).getStatusCode());
    }

    @Test
    void anArticleIndexedWhileAClientPagesNeverMakesAnItemRepeat() throws Exception {
        String dated = postSeed("seed-vn-cuba-2021.txt");
        JsonNode first = json(call("/participants/nguyen-phu-trong/statements", Map.of("limit", "2"), null));
        List<String> seen = new ArrayList<>();
        first.get("items").forEach(s -> seen.add(s.get("articleId").asText() + "#" + s.get("index").asInt()));
        // a newer article, which sorts before everything the client has seen
        postText("own/newer.txt", "date 2024-03-02\n\nHÀ NỘI — General Secretary Nguyễn Phú Trọng received a visiting "
                + "delegation on Friday. Trọng said the two countries would widen trade and investment.");
        String token = first.get("nextToken").asText();
        while (token != null && seen.size() < 1000) {
            JsonNode page = json(call("/participants/nguyen-phu-trong/statements", Map.of("limit", "2", "nextToken", token), null));
            page.get("items").forEach(s -> seen.add(s.get("articleId").asText() + "#" + s.get("index").asInt()));
            token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
        }
        assertEquals(seen.size(), Set.copyOf(seen).size(), "no item twice: " + seen);
        long fromDated = seen.stream().filter(k -> k.startsWith(dated)).count();
        JsonNode all = json(call("/participants/nguyen-phu-trong/statements", Map.of("limit", "100"), null));
        long datedInAll = 0;
        for (JsonNode s : all.get("items")) if (s.get("articleId").asText().equals(dated)) datedInAll++;
        assertEquals(datedInAll, fromDated, "every statement of the article being paged, none skipped");
    }
}
