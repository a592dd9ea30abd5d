package readout.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import readout.http.BoundedHttpServer;
import readout.http.Limits;
import readout.http.Request;
import readout.http.Response;
import readout.lambda.ApiHandler;
import readout.lambda.Config;
import readout.lambda.Services;

/**
 * {@code serve}: the HTTP API on 127.0.0.1, through the same {@link ApiHandler} and routes as in Lambda, over
 * DynamoDB when TABLE_NAME is set (AWS or an emulator, by the SDK's endpoint variables) or else a store in
 * memory, on a {@link BoundedHttpServer}. It checks the port, the store and (for --watch) the bucket before it
 * answers anyone. With {@code --watch}, the scheduled batch runs every few seconds over SOURCE_BUCKET and
 * summarizes what it finds directly, standing in for the S3 notifications a local bucket does not send.
 */
final class Serve {
    /** Exit status when it cannot start: the port is taken, the store or the bucket cannot be used. */
    static final int CANNOT_START = 1;
    /** What {@link #run} answers while it serves (Main does not exit). */
    static final int RUNNING = -1;

    static final String USAGE = "usage: readout serve [--port N] [--watch]";

    static final String HELP = USAGE + """

              Serves POST /summaries, GET /summaries/{articleId}, GET /summaries?date= and the /participants routes on 127.0.0.1:N
              (8080; 0 picks a free port). Store: the DynamoDB table TABLE_NAME if set (checked before serving),
              else memory. --watch: every 5 s, summarize new or changed objects of SOURCE_BUCKET (under
              SOURCE_PREFIX); what it summarized, and whether it stopped working, is said on stderr.
            exit status: 1 it cannot start (port taken, store or bucket unusable), 2 bad usage""";

    private Serve() {}

    record Options(int port, boolean watch) {}

    /** A running server and its watch (null without --watch), or the exit status of one that did not start. */
    record Started(int status, BoundedHttpServer server, ScheduledExecutorService watch) implements AutoCloseable {
        @Override
        public void close() {
            if (watch != null) watch.shutdownNow();
            if (server != null) server.close();
        }
    }

    /** Bad usage is thrown for Main to say (one line, the usage, exit 2). */
    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = parse(args);
        if (options == null) {
            out.println(HELP);
            return Main.OK;
        }
        Config config;
        try {
            config = Config.fromEnvironment();
        } catch (RuntimeException e) { // a number that is not one (MAX_ARTICLE_BYTES=2M)
            err.println("readout: a setting in the environment cannot be read (MAX_ARTICLE_BYTES and BATCH_RESERVE_MILLIS are numbers): "
                    + e.getMessage());
            return Main.USAGE;
        }
        if (options.watch() && config.bucket() == null) {
            err.println("readout: serve --watch needs SOURCE_BUCKET, the bucket to watch (for the local one: source <(scripts/local.sh env))");
            return Main.USAGE;
        }
        Services services;
        try {
            services = Services.fromConfig(config);
        } catch (RuntimeException e) { // the SDK refuses its settings (AWS_ENDPOINT_URL_DYNAMODB=, a bad URL)
            err.println("readout: the AWS clients cannot be built from the environment: " + StartupCheck.describe(e, null));
            return CANNOT_START;
        }
        return launch(options, services, Limits.defaults(config.maxBytes()), System.getenv(), out, err).status();
    }

    /** Null for --help. */
    static Options parse(List<String> args) throws UsageException {
        int port = 8080;
        boolean watch = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--port" -> {
                    if (i + 1 >= args.size()) throw new UsageException("--port needs a port number");
                    port = port(args.get(++i));
                }
                case "--watch" -> watch = true;
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new UsageException("unknown option: " + args.get(i));
            }
        }
        return new Options(port, watch);
    }

    private static int port(String s) throws UsageException {
        if (s.matches("\\d{1,5}")) {
            int p = Integer.parseInt(s);
            if (p <= 65535) return p;
        }
        throw new UsageException("--port takes a number from 0 to 65535, not \"" + s + "\"");
    }

    /** Binds the port, checks the store (and bucket), then serves; on a problem, says it in one line. */
    static Started launch(Options options, Services services, Limits limits, Map<String, String> env, PrintStream out, PrintStream err) {
        Started failed = new Started(CANNOT_START, null, null);
        BoundedHttpServer server;
        try {
            server = bind(new ApiHandler(services), options.port(), limits);
        } catch (BindException e) {
            err.println("readout: port " + options.port() + " on 127.0.0.1 is already in use (another readout serve?): stop that one, "
                    + "or choose another port with --port N");
            return failed;
        } catch (IOException e) {
            err.println("readout: cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage());
            return failed;
        }
        Optional<String> problem = StartupCheck.store(services, env);
        if (problem.isEmpty() && options.watch()) problem = StartupCheck.bucket(services, env);
        if (problem.isPresent()) {
            server.close();
            err.println("readout: " + problem.get());
            return failed;
        }
        server.start();
        Config config = services.config;
        out.println("readout: serving http://127.0.0.1:" + server.port() + "/summaries (store: "
                + (config.tableName() == null ? "memory" : "DynamoDB table " + config.tableName()) + ")");
        ScheduledExecutorService timer = null;
        if (options.watch()) {
            WatchLoop.quietJsonLogs();
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "readout-watch");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(new WatchLoop(services, err, env), 0, WatchLoop.PERIOD_SECONDS, TimeUnit.SECONDS);
            out.println("readout: watching s3://" + config.bucket() + "/" + config.prefix());
        }
        out.flush();
        return new Started(RUNNING, server, timer);
    }

    /** The API handler behind a started server on 127.0.0.1 (port 0 picks a free one). */
    static BoundedHttpServer start(ApiHandler api, int port, Limits limits) throws IOException {
        return bind(api, port, limits).start();
    }

    private static BoundedHttpServer bind(ApiHandler api, int port, Limits limits) throws IOException {
        return BoundedHttpServer.bind(new InetSocketAddress("127.0.0.1", port), limits, request -> handle(api, request), Serve::isHeavy);
    }

    /** The engine's work goes to the bounded workers: a posted article, and the HTML view (which reads one again). */
    private static boolean isHeavy(Request r) {
        String accept = r.header("accept");
        return r.method().equals("POST") || accept != null && accept.contains("text/html");
    }

    private static Response handle(ApiHandler api, Request request) {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setRawPath(request.path());
        e.setRawQueryString(request.query() == null ? "" : request.query());
        try {
            e.setQueryStringParameters(query(request.query()));
        } catch (IllegalArgumentException badEscape) {
            return Response.error(400, "BAD_REQUEST", "the query string has a bad %-escape");
        }
        e.setHeaders(new HashMap<>(request.headers()));
        APIGatewayV2HTTPEvent.RequestContext ctx = new APIGatewayV2HTTPEvent.RequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(request.method());
        http.setPath(request.path());
        ctx.setHttp(http);
        ctx.setStage("$default");
        e.setRequestContext(ctx);
        // As API Gateway does: text as is, anything else base64.
        byte[] body = request.body();
        try {
            e.setBody(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
            e.setIsBase64Encoded(false);
        } catch (CharacterCodingException notText) {
            e.setBody(Base64.getEncoder().encodeToString(body));
            e.setIsBase64Encoded(true);
        }
        APIGatewayV2HTTPResponse r = api.handleRequest(e, null);
        String b = r.getBody() == null ? "" : r.getBody();
        byte[] bytes = r.getIsBase64Encoded() ? Base64.getDecoder().decode(b) : b.getBytes(StandardCharsets.UTF_8);
        return new Response(r.getStatusCode(), r.getHeaders() == null ? Map.of() : r.getHeaders(), bytes);
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
