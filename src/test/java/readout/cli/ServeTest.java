package readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import readout.Readout;
import readout.lambda.ApiHandler;
import readout.lambda.Config;
import readout.lambda.Services;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.InMemorySummaryStore;

class ServeTest {

    @Test
    void theApiAnswersOverHttpAsInLambda() throws Exception {
        Services s = new Services(Config.from(Map.of()), new Readout(), new InMemorySummaryStore(), null, objects -> { });
        HttpServer server = Serve.start(new ApiHandler(s), 0);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries?store=true"))
                    .header("Content-Type", "text/markdown")
                    .POST(HttpRequest.BodyPublishers.ofString("# Talks\n\nPrime Minister Pham Minh Chinh said ties are strong."))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, post.statusCode(), post.body());
            SummaryRecord r = RecordJson.fromJson(post.body());
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries/" + r.articleId())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode());
            assertEquals(r, RecordJson.fromJson(get.body()));
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries?date=yesterday")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"code\":\"BAD_REQUEST\""));
            HttpResponse<String> png = http.send(HttpRequest.newBuilder(URI.create(base + "/summaries"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff})).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, png.statusCode(), "a binary body arrives base64-encoded and is refused as binary");
            // the participant routes over memory: the stored article's speaker, by a folded prefix
            HttpResponse<String> people = http.send(HttpRequest.newBuilder(URI.create(base + "/participants?prefix=Ph%E1%BA%A1m")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, people.statusCode(), people.body());
            assertTrue(people.body().contains("\"key\":\"pham-minh-chinh\""), people.body());
            HttpResponse<String> timeline = http.send(HttpRequest.newBuilder(URI.create(base + "/participants/pham-minh-chinh"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(timeline.body().contains("ties are strong"), timeline.body());
        } finally {
            server.stop(0);
        }
    }
}
