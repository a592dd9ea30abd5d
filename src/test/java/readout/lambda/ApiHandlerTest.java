package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.Provenance;

class ApiHandlerTest {
    private final TestServices t = new TestServices();
    private final ApiHandler api = new ApiHandler(t.services);

    private static JsonNode json(APIGatewayV2HTTPResponse r) throws Exception {
        return RecordJson.mapper().readTree(r.getBody());
    }

    private static APIGatewayV2HTTPEvent post(String contentType, String body) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-post-summaries.json");
        e.setHeaders(new HashMap<>(Map.of("content-type", contentType)));
        e.setQueryStringParameters(null);
        e.setBody(body);
        return e;
    }

    private static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent e = EventLoader.loadApiGatewayHttpEvent("events/api-get-summary.json");
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setQueryStringParameters(query);
        return e;
    }

    @ParameterizedTest
    @Event(value = "events/api-post-summaries.json", type = APIGatewayV2HTTPEvent.class)
    void postingAnArticleWithStoreTrueStoresAndLocatesIt(APIGatewayV2HTTPEvent event) throws Exception {
        APIGatewayV2HTTPResponse r = api.handleRequest(event, null);
        assertEquals(201, r.getStatusCode());
        JsonNode body = json(r);
        String id = body.get("articleId").asText();
        assertEquals("/summaries/" + id, r.getHeaders().get("Location"));
        assertEquals("HÀ NỘI", body.get("dateline").asText());
        assertEquals("Nguyễn Phú Trọng", body.get("statements").get(0).get("speaker").asText());
        assertEquals("agreement", body.get("agreements").get(0).get("kind").asText());
        assertEquals(200, api.handleRequest(get("/summaries/" + id, null), null).getStatusCode());
    }

    @Test
    void eachContentTypeIsRead() throws Exception {
        String text = "HÀ NỘI — Prime Minister Pham Minh Chinh said ties are strong.";
        assertEquals("text", json(api.handleRequest(post("text/plain", text), null)).get("format").asText());
        assertEquals("html", json(api.handleRequest(post("text/html", "<html><body><p>" + text + "</p></body></html>"), null)).get("format").asText());
        assertEquals("json", json(api.handleRequest(post("application/json", "{\"title\":\"T\",\"text\":\"" + text + "\"}"), null)).get("format").asText());
        assertEquals("markdown", json(api.handleRequest(post("text/markdown", "# T\n\n" + text), null)).get("format").asText());
        assertEquals(0, t.store.size(), "without store=true nothing is stored");
    }

    @Test
    void base64BodiesAreDecoded() throws Exception {
        APIGatewayV2HTTPEvent e = post("text/plain", Base64.getEncoder().encodeToString("Chinh said ties are strong.".getBytes(StandardCharsets.UTF_8)));
        e.setIsBase64Encoded(true);
        assertEquals(200, api.handleRequest(e, null).getStatusCode());
    }

    @Test
    void errorsHaveTheDocumentedStatusAndAJsonMessage() throws Exception {
        assertError(400, "MALFORMED", api.handleRequest(post("application/json", "{\"text\": "), null));
        assertError(400, "EMPTY", api.handleRequest(post("text/plain", ""), null));
        assertError(415, "UNSUPPORTED_TYPE", api.handleRequest(post("image/png", "abc"), null));
        assertError(415, "UNSUPPORTED_TYPE", api.handleRequest(post("", "abc"), null));
        assertError(415, "BINARY", api.handleRequest(post("text/plain", "%PDF-1.7 binary"), null));
        TestServices small = new TestServices(Map.of("MAX_ARTICLE_BYTES", "10"));
        assertError(413, "TOO_LARGE", new ApiHandler(small.services).handleRequest(post("text/plain", "more than ten bytes"), null));
        assertError(404, "NOT_FOUND", api.handleRequest(get("/summaries/0123456789abcdef0123456789abcdef", null), null));
        assertError(404, "NOT_FOUND", api.handleRequest(get("/summaries/checkpoint#x", null), null));
        assertError(404, "NOT_FOUND", api.handleRequest(get("/nowhere", null), null));
        APIGatewayV2HTTPEvent delete = get("/summaries/0123456789abcdef0123456789abcdef", null);
        delete.getRequestContext().getHttp().setMethod("DELETE");
        assertError(405, "METHOD_NOT_ALLOWED", api.handleRequest(delete, null));
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of()), null));
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of("date", "2021-13-45")), null));
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of("date", "2021-05-06", "limit", "0")), null));
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of("date", "2021-05-06", "nextToken", "!!")), null));
    }

    @Test
    void aStoreFaultIsAFiveHundredWithoutDetails() throws Exception {
        readout.store.SummaryStore failing = (readout.store.SummaryStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {readout.store.SummaryStore.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("secret internal detail");
                });
        Services broken = new Services(t.services.config, t.services.readout, failing, t.source, t.queue);
        APIGatewayV2HTTPResponse r = new ApiHandler(broken).handleRequest(get("/summaries/0123456789abcdef0123456789abcdef", null), null);
        assertError(500, "INTERNAL", r);
        assertTrue(!r.getBody().contains("secret"));
    }

    @ParameterizedTest
    @Event(value = "events/api-list-by-date.json", type = APIGatewayV2HTTPEvent.class)
    void listingByDatePagesWithANextToken(APIGatewayV2HTTPEvent event) throws Exception {
        for (int i = 0; i < 5; i++) {
            byte[] a = ("date 2021-05-06 \n\nHÀ NỘI — Story " + i + ": Trọng said ties are strong.").getBytes(StandardCharsets.UTF_8);
            t.store.put(t.services.readout.summarize("s3://b/" + i + ".txt", null, a), Provenance.none());
        }
        t.store.put(t.services.readout.summarize("s3://b/other.txt", null,
                "date 2021-05-07 \n\nTrọng said ties are strong.".getBytes(StandardCharsets.UTF_8)), Provenance.none());
        int seen = 0;
        String token = null;
        int pages = 0;
        do {
            Map<String, String> q = new HashMap<>(event.getQueryStringParameters());
            if (token != null) q.put("nextToken", token);
            event.setQueryStringParameters(q);
            APIGatewayV2HTTPResponse r = api.handleRequest(event, null);
            assertEquals(200, r.getStatusCode());
            JsonNode body = json(r);
            for (JsonNode item : body.get("items")) {
                assertEquals("2021-05-06", item.get("publishedDate").asText());
                seen++;
            }
            assertTrue(body.get("items").size() <= 2);
            token = body.get("nextToken").isNull() ? null : body.get("nextToken").asText();
            pages++;
        } while (token != null);
        assertEquals(5, seen);
        assertEquals(3, pages);
    }

    private void putRecord(String name, String text) {
        t.store.put(t.services.readout.summarize("s3://b/" + name, null, text.getBytes(StandardCharsets.UTF_8)), Provenance.none());
    }

    private static String base64url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void failedAndUndatedRecordsAreListedToo() throws Exception {
        putRecord("dated.txt", "date 2021-05-06 \n\nThe mayor said the bridge will reopen.");
        putRecord("undated.txt", "The mayor said the bridge will reopen.");
        putRecord("empty.txt", "");
        JsonNode failed = json(api.handleRequest(get("/summaries", Map.of("status", "FAILED")), null)).get("items");
        assertEquals(1, failed.size());
        assertEquals("s3://b/empty.txt", failed.get(0).get("source").asText());
        assertEquals("EMPTY", failed.get(0).get("error").get("code").asText());
        assertEquals(2, json(api.handleRequest(get("/summaries", Map.of("status", "OK")), null)).get("items").size());
        JsonNode undated = json(api.handleRequest(get("/summaries", Map.of("undated", "true")), null)).get("items");
        assertEquals(List.of("s3://b/empty.txt", "s3://b/undated.txt"), List.of(undated.get(0).get("source").asText(), undated.get(1).get("source").asText()));
        for (Map<String, String> bad : List.of(Map.<String, String>of(), Map.of("date", "2021-05-06", "status", "FAILED"),
                Map.of("status", "failed"), Map.of("status", "NEW"), Map.of("undated", "yes"), Map.of("undated", "true", "date", "2021-05-06"),
                Map.of("date", "undated"))) {
            APIGatewayV2HTTPResponse r = api.handleRequest(get("/summaries", bad), null);
            assertError(400, "BAD_REQUEST", r);
            assertTrue(json(r).get("message").asText().matches(".*(date|status|undated).*"), r.getBody());
        }
    }

    @Test
    void aForgedOrForeignNextTokenIsABadRequestWithAReason() throws Exception {
        for (int i = 0; i < 3; i++) putRecord(i + ".txt", "date 2021-05-06 \n\nStory " + i + ": the mayor said the bridge will reopen.");
        String good = json(api.handleRequest(get("/summaries", Map.of("date", "2021-05-06", "limit", "1")), null)).get("nextToken").asText();
        assertEquals(200, api.handleRequest(get("/summaries", Map.of("date", "2021-05-06", "limit", "1", "nextToken", good)), null).getStatusCode());
        for (String forged : List.of(base64url("-5"), base64url("99999"), base64url("{}"), "", "!!", good + "x", good.substring(0, good.length() / 2))) {
            APIGatewayV2HTTPResponse r = api.handleRequest(get("/summaries", Map.of("date", "2021-05-06", "nextToken", forged)), null);
            assertError(400, "BAD_REQUEST", r);
            assertTrue(json(r).get("message").asText().startsWith("nextToken "), r.getBody());
        }
        // the token of one day's listing continues no other listing
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of("date", "2021-05-07", "nextToken", good)), null));
        assertError(400, "BAD_REQUEST", api.handleRequest(get("/summaries", Map.of("status", "OK", "nextToken", good)), null));
    }

    @Test
    void acceptIsNegotiatedByItsWeights() {
        SummaryRecord r = t.services.readout.summarize("s3://b/a.txt", null, "Chinh said ties are strong.".getBytes(StandardCharsets.UTF_8));
        t.store.put(r, Provenance.none());
        String json = "application/json; charset=utf-8", html = "text/html; charset=utf-8";
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("text/html;q=0.1, application/json", json);
        expected.put("text/html", html);
        expected.put("TEXT/HTML", html);
        expected.put("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", html); // a browser
        expected.put("*/*", json);
        expected.put("application/json;q=0, text/*", html);
        expected.put("text/*;q=0.5, application/json;q=0.4", html);
        expected.put("application/json;q=0.5, text/html;q=0.5", json);
        expected.put("text/html;q=0", json);
        expected.put("text/html;foo=\"a,b\";q=0.1, application/json", json); // a quoted comma separates nothing
        expected.put("application/json, text/html;q=abc", json);
        expected.put("text/html;q=2", json);
        expected.put("image/png", json); // nothing acceptable: JSON all the same, rather than a 406
        expected.put("", json);
        expected.forEach((accept, type) -> {
            APIGatewayV2HTTPEvent e = get("/summaries/" + r.articleId(), null);
            e.setHeaders(Map.of("accept", accept));
            APIGatewayV2HTTPResponse res = api.handleRequest(e, null);
            assertEquals(200, res.getStatusCode());
            assertEquals(type, res.getHeaders().get("Content-Type"), "Accept: " + accept);
        });
    }

    @ParameterizedTest
    @Event(value = "events/api-get-summary.json", type = APIGatewayV2HTTPEvent.class)
    void gettingAStoredRecord(APIGatewayV2HTTPEvent event) throws Exception {
        assertEquals(404, api.handleRequest(event, null).getStatusCode());
        SummaryRecord r = t.services.readout.summarize("s3://b/a.txt", null, "Chinh said ties are strong.".getBytes(StandardCharsets.UTF_8));
        t.store.put(r, Provenance.none());
        event.setRawPath("/summaries/" + r.articleId());
        event.getRequestContext().getHttp().setPath(event.getRawPath());
        APIGatewayV2HTTPResponse res = api.handleRequest(event, null);
        assertEquals(200, res.getStatusCode());
        assertEquals(r, RecordJson.fromJson(res.getBody()));
        assertEquals("application/json; charset=utf-8", res.getHeaders().get("Content-Type"));
    }

    private static void assertError(int status, String code, APIGatewayV2HTTPResponse r) throws Exception {
        assertEquals(status, r.getStatusCode(), r.getBody());
        JsonNode b = json(r);
        assertEquals(code, b.get("code").asText());
        assertNotNull(b.get("message").asText());
        assertNull(r.getHeaders().get("Location"));
        assertTrue(List.of("application/json; charset=utf-8").contains(r.getHeaders().get("Content-Type")));
    }

    @Test
    void acceptTextHtmlGivesAReadablePageOfTheRecordWithItsArticle() throws Exception {
        byte[] article = S3EventHandlerTest.seed();
        t.source.put("news/seed.txt", article);
        SummaryRecord r = t.services.readout.summarize("s3://" + TestServices.BUCKET + "/news/seed.txt", null, article);
        t.store.put(r, Provenance.none());
        APIGatewayV2HTTPEvent e = get("/summaries/" + r.articleId(), null);
        e.setHeaders(Map.of("accept", "text/html,application/xhtml+xml"));
        APIGatewayV2HTTPResponse res = api.handleRequest(e, null);
        assertEquals(200, res.getStatusCode());
        assertEquals("text/html; charset=utf-8", res.getHeaders().get("Content-Type"));
        assertTrue(res.getBody().contains("<mark class=\"statement\""));
        assertTrue(res.getBody().contains("data-speaker=\"Nguyễn Phú Trọng\""));
        // once the object changed, its old spans would point at the wrong words: the page lists the statements instead
        t.source.put("news/seed.txt", "Headline\n\nSomething else entirely.");
        String stale = api.handleRequest(e, null).getBody();
        assertTrue(stale.contains("not available"));
        // a record naming another bucket is shown without reading it
        SummaryRecord elsewhere = t.services.readout.summarize("s3://someone-elses-bucket/news/seed.txt", null, article);
        t.store.put(elsewhere, Provenance.none());
        int fetches = t.source.fetches;
        APIGatewayV2HTTPEvent other = get("/summaries/" + elsewhere.articleId(), null);
        other.setHeaders(Map.of("accept", "text/html"));
        assertTrue(api.handleRequest(other, null).getBody().contains("not available"));
        assertEquals(fetches, t.source.fetches);
    }

    // ---- issue 10, finding 8: a body over the limit is refused by its length, before it is decoded

    @Test
    void theBodyLengthIsItsDecodedLengthComputedWithoutDecoding() {
        for (String text : List.of("", "Chinh said ties are strong.", "HÀ NỘI — Trọng", "a \uD83D\uDE00 smile", "lone \uD800 surrogate")) {
            APIGatewayV2HTTPEvent e = post("text/plain", text);
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ApiHandler.bodyLength(e), text);
        }
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 12; n++) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getEncoder().withoutPadding())) {
                APIGatewayV2HTTPEvent e = post("text/plain", encoder.encodeToString(bytes));
                e.setIsBase64Encoded(true);
                assertEquals(n, ApiHandler.bodyLength(e), e.getBody());
            }
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutACopyOfItBeingMade() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        String large = "a".repeat(16 << 20);
        APIGatewayV2HTTPEvent text = post("text/plain", large);
        APIGatewayV2HTTPEvent base64 = post("text/plain", large);
        base64.setIsBase64Encoded(true);
        for (APIGatewayV2HTTPEvent e : List.of(text, base64)) {
            long before = threads.getThreadAllocatedBytes(thread);
            APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertError(413, "TOO_LARGE", r);
            // a decoded copy would be 12 to 16 MB; the answer itself takes a few kilobytes
            assertTrue(allocated < 2 << 20, allocated + " bytes allocated to refuse a body of " + large.length() + " characters");
        }
    }

    @Test
    void aBase64BodyThatIsNotIsReadAsTextAndStillCheckedAgainstTheLimit() throws Exception {
        TestServices small = new TestServices(Map.of("MAX_ARTICLE_BYTES", "10"));
        APIGatewayV2HTTPEvent e = post("text/plain", "!!!!!!!!!!!!"); // 12 characters, 9 bytes if it were base64
        e.setIsBase64Encoded(true);
        assertError(413, "TOO_LARGE", new ApiHandler(small.services).handleRequest(e, null));
    }
}
