package readout.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import readout.lambda.ApiHandler;
import readout.lambda.Config;
import readout.lambda.ScheduledBatchHandler;
import readout.lambda.Services;

/**
 * {@code serve}: the HTTP API on 127.0.0.1, through the same {@link ApiHandler} and routes as in Lambda, over
 * DynamoDB when TABLE_NAME is set (AWS or an emulator, by the SDK's endpoint variables) or else a store in
 * memory. With {@code --watch}, the scheduled batch runs every few seconds over SOURCE_BUCKET and summarizes
 * what it finds directly, standing in for the S3 notifications a local bucket does not send.
 */
final class Serve {
    private Serve() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        int port = 8080;
        boolean watch = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--port" -> port = Integer.parseInt(args.get(++i));
                case "--watch" -> watch = true;
                case "--help", "-h" -> {
                    out.println("""
                            usage: readout serve [--port N] [--watch]
                              Serves POST /summaries, GET /summaries/{articleId} and GET /summaries?date= on 127.0.0.1:N
                              (8080). Store: DynamoDB table TABLE_NAME if set, else memory. --watch: every 5 s, summarize
                              new or changed objects of SOURCE_BUCKET (under SOURCE_PREFIX).""");
                    return Main.OK;
                }
                default -> {
                    err.println("unknown option: " + args.get(i));
                    return Main.USAGE;
                }
            }
        }
        Config config = Config.fromEnvironment();
        Services base = Services.fromConfig(config);
        Services[] self = new Services[1];
        Watch direct = new Watch(() -> self[0].worker, config.bucket());
        Services services = new Services(config, base.readout, base.store, base.source, watch ? direct : base.queue);
        self[0] = services;
        HttpServer server = start(new ApiHandler(services), port);
        out.println("readout: serving http://127.0.0.1:" + server.getAddress().getPort() + "/summaries (store: "
                + (config.tableName() == null ? "memory" : "DynamoDB table " + config.tableName()) + ")");
        if (watch) {
            if (config.bucket() == null) {
                err.println("serve --watch needs SOURCE_BUCKET");
                server.stop(0);
                return Main.USAGE;
            }
            ScheduledBatchHandler batch = new ScheduledBatchHandler(services);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            timer.scheduleWithFixedDelay(() -> {
                try {
                    ScheduledBatchHandler.Report r = batch.handleRequest(null, null);
                    for (String line : direct.report(r)) out.println(line);
                } catch (RuntimeException e) {
                    err.println("readout: watch failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }, 0, 5, TimeUnit.SECONDS);
            out.println("readout: watching s3://" + config.bucket() + "/" + config.prefix());
        }
        out.flush();
        return -1; // keeps running
    }

    /** The API handler behind an HTTP server on 127.0.0.1 (port 0 picks a free one). */
    static HttpServer start(ApiHandler api, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> handle(api, exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void handle(ApiHandler api, HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
            URI uri = ex.getRequestURI();
            e.setRawPath(uri.getRawPath());
            e.setRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            e.setQueryStringParameters(query(uri.getRawQuery()));
            Map<String, String> headers = new HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            e.setHeaders(headers);
            APIGatewayV2HTTPEvent.RequestContext ctx = new APIGatewayV2HTTPEvent.RequestContext();
            APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
            http.setMethod(ex.getRequestMethod());
            http.setPath(uri.getRawPath());
            ctx.setHttp(http);
            ctx.setStage("$default");
            e.setRequestContext(ctx);
            // As API Gateway does: text as is, anything else base64.
            try {
                e.setBody(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
                e.setIsBase64Encoded(false);
            } catch (CharacterCodingException notText) {
                e.setBody(Base64.getEncoder().encodeToString(body));
                e.setIsBase64Encoded(true);
            }
            APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
            if (r.getHeaders() != null) r.getHeaders().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            byte[] out = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(r.getStatusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        Map<String, String> q = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }
}
