package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import readout.article.RejectedInputException.Reason;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.store.Listing;
import readout.store.Page;
import readout.store.Provenance;
import readout.store.SummaryStore;
import readout.telemetry.Metric;
import readout.telemetry.Telemetry;
import software.amazon.lambda.powertools.logging.argument.StructuredArgument;
import readout.view.HtmlView;
import readout.Readout;

/**
 * The HTTP API (API Gateway HTTP API, payload format 2.0):
 * <ul>
 * <li>{@code POST /summaries} — the body is an article; answers its record; {@code ?store=true} stores it too</li>
 * <li>{@code GET /summaries/{articleId}} — one record, 404 when absent; with {@code Accept: text/html}, a readable
 * page of it (the article re-read from S3 and its evidence highlighted) when the header weighs HTML above JSON</li>
 * <li>{@code GET /summaries?date=YYYY-MM-DD} (records of a day), {@code ?status=OK|FAILED} or {@code ?undated=true},
 * with {@code [&limit=N][&nextToken=T]} — a listing, newest write first, a page at a time</li>
 * </ul>
 * Errors are JSON {@code {"code", "message"}}: 400 malformed, 404, 405, 413 too large, 415 unsupported type,
 * 500 only for faults of ours. Authentication is the API's (IAM authorizer in template.yaml), not this code's.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String JSON = "application/json", HTML = "text/html";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Services services;

    public ApiHandler() {
        this(Services.get());
    }

    public ApiHandler(Services services) {
        this.services = services;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.run(context, services.telemetry, () -> handle(event));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        String method = method(event);
        String path = path(event);
        APIGatewayV2HTTPResponse r;
        Throwable fault = null;
        try {
            r = route(method, path, event);
        } catch (SummaryStore.BadTokenException e) {
            r = error(400, "BAD_REQUEST", e.getMessage());
        } catch (RuntimeException e) {
            fault = e;
            r = error(500, "INTERNAL", "internal error; the request can be retried");
        }
        double millis = Telemetry.millisSince(start);
        int status = r.getStatusCode();
        // the route as written, not the path: no ids or tokens in a field meant for grouping
        StructuredArgument fields = LogFields.of("route", method + " " + routeOf(path), "path", path, "status", status, "durationMs", millis,
                "errorType", fault == null ? null : fault.getClass().getSimpleName());
        if (fault != null) LOG.error("api fault", fields, fault);
        else LOG.info("api request", fields);
        services.telemetry.put(Metric.API_REQUESTS, 1);
        if (status >= 500) services.telemetry.put(Metric.API_SERVER_ERRORS, 1);
        else if (status >= 400) services.telemetry.put(Metric.API_CLIENT_ERRORS, 1);
        services.telemetry.put(Metric.API_LATENCY, millis);
        return r;
    }

    /** The route a path falls under, as openapi.yaml writes it. */
    static String routeOf(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/summaries")) return p;
        if (p.startsWith("/summaries/") && p.indexOf('/', "/summaries/".length()) < 0) return "/summaries/{articleId}";
        return "(none)";
    }

    private APIGatewayV2HTTPResponse route(String method, String path, APIGatewayV2HTTPEvent event) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/summaries")) {
            return switch (method) {
                case "POST" -> post(event);
                case "GET" -> list(event);
                default -> error(405, "METHOD_NOT_ALLOWED", method + " is not allowed on /summaries");
            };
        }
        if (p.startsWith("/summaries/") && p.indexOf('/', "/summaries/".length()) < 0) {
            if (!method.equals("GET")) return error(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + p);
            // JSON unless the client weighs HTML higher; a header refusing both still gets JSON rather than a 406
            boolean html = HTML.equals(AcceptHeader.choose(header(event, "accept"), List.of(JSON, HTML)));
            return getOne(p.substring("/summaries/".length()), html);
        }
        return error(404, "NOT_FOUND", "no route " + method + " " + path);
    }

    private APIGatewayV2HTTPResponse post(APIGatewayV2HTTPEvent event) {
        // Measured before it is decoded: a body over the limit is refused without a copy of it being made.
        long length = bodyLength(event);
        if (length > services.config.maxBytes()) return tooLarge(length);
        byte[] body = body(event);
        if (body.length > services.config.maxBytes()) return tooLarge(body.length); // a "base64" body that was not, read as text
        String contentType = header(event, "content-type");
        if (contentType == null || contentType.isBlank()) {
            return error(415, Reason.UNSUPPORTED_TYPE.name(), "send a Content-Type: text/plain, text/html, application/json or text/markdown");
        }
        if (readout.article.Format.fromContentType(contentType) == null) {
            return error(415, Reason.UNSUPPORTED_TYPE.name(), "content type " + contentType
                    + " is not an article; send text/plain, text/html, application/json or text/markdown");
        }
        String source = query(event, "source");
        SummaryRecord record = services.readout.summarize(source, contentType, body);
        if (record.failed()) {
            if (record.error().code().equals("EXTRACTION_ERROR")) {
                return error(500, "INTERNAL", "the article could not be summarized; the fault is ours");
            }
            return error(Reason.valueOf(record.error().code()).httpStatus(), record.error().code(), record.error().message());
        }
        if ("true".equalsIgnoreCase(query(event, "store"))) {
            services.store.put(record, Provenance.none());
            return json(201, RecordJson.toJson(record), Map.of("Location", "/summaries/" + record.articleId()));
        }
        return json(200, RecordJson.toJson(record), Map.of());
    }

    private APIGatewayV2HTTPResponse tooLarge(long length) {
        return error(413, Reason.TOO_LARGE.name(), "the body is " + length + " bytes; the limit is " + services.config.maxBytes());
    }

    private APIGatewayV2HTTPResponse getOne(String id, boolean html) {
        if (!ARTICLE_ID.matcher(id).matches()) return error(404, "NOT_FOUND", "no summary " + id);
        Optional<SummaryRecord> r = services.store.get(id);
        if (r.isEmpty()) return error(404, "NOT_FOUND", "no summary " + id);
        if (!html) return json(200, RecordJson.toJson(r.get()), Map.of());
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "text/html; charset=utf-8"))
                .withBody(HtmlView.render(r.get(), articleText(r.get()))).build();
    }

    /** The text the record's spans index into: the source object read again, if it still holds the same bytes. */
    private String articleText(SummaryRecord r) {
        String src = r.source();
        if (src == null || !src.startsWith("s3://") || services.source == null) return null;
        int slash = src.indexOf('/', 5);
        if (slash < 0) return null;
        String bucket = src.substring(5, slash);
        // only the function's own bucket: a posted ?source= naming another one is not followed
        if (services.config.bucket() != null && !services.config.bucket().equals(bucket)) return null;
        try {
            return services.source.fetch(bucket, src.substring(slash + 1), null, services.config.maxBytes())
                    .filter(o -> !o.tooLarge())
                    .map(o -> services.readout.read(src, o.contentType(), o.bytes()))
                    .filter(read -> read.text() != null && read.record().contentSha256().equals(r.contentSha256()))
                    .map(Readout.Read::text).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("article text unavailable for the view", LogFields.of("articleId", r.articleId(), "errorType", e.getClass().getSimpleName()));
            return null;
        }
    }

    private APIGatewayV2HTTPResponse list(APIGatewayV2HTTPEvent event) {
        String date = query(event, "date"), status = query(event, "status"), undated = query(event, "undated");
        int given = (date == null ? 0 : 1) + (status == null ? 0 : 1) + (undated == null ? 0 : 1);
        if (given != 1) {
            return error(400, "BAD_REQUEST", "give one of date=YYYY-MM-DD, status=OK|FAILED or undated=true");
        }
        Listing listing;
        try {
            if (date != null) listing = new Listing.ByDate(date);
            else if (status != null) listing = new Listing.ByStatus(status);
            else if (undated.equals("true")) listing = new Listing.Undated();
            else return error(400, "BAD_REQUEST", "undated takes only true, not " + undated);
        } catch (IllegalArgumentException e) {
            return error(400, "BAD_REQUEST", e.getMessage());
        }
        int limit = DEFAULT_LIMIT;
        String l = query(event, "limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) return error(400, "BAD_REQUEST", "limit must be 1 to " + MAX_LIMIT);
        }
        Page<SummaryRecord> page = services.store.list(listing, limit, query(event, "nextToken"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items());
        out.put("nextToken", page.nextToken());
        return json(200, RecordJson.toJson(out), Map.of());
    }

    // ---- event and response helpers --------------------------------------------------------------------

    private static String method(APIGatewayV2HTTPEvent e) {
        if (e.getRequestContext() != null && e.getRequestContext().getHttp() != null && e.getRequestContext().getHttp().getMethod() != null) {
            return e.getRequestContext().getHttp().getMethod().toUpperCase(Locale.ROOT);
        }
        String rk = e.getRouteKey();
        return rk != null && rk.contains(" ") ? rk.substring(0, rk.indexOf(' ')) : "GET";
    }

    private static String path(APIGatewayV2HTTPEvent e) {
        String p = e.getRawPath();
        if (p == null && e.getRequestContext() != null && e.getRequestContext().getHttp() != null) p = e.getRequestContext().getHttp().getPath();
        if (p == null) p = "/";
        // A stage other than $default prefixes the path ("/prod/summaries").
        String stage = e.getRequestContext() == null ? null : e.getRequestContext().getStage();
        if (stage != null && !stage.equals("$default") && p.startsWith("/" + stage + "/")) p = p.substring(stage.length() + 1);
        return p;
    }

    /**
     * The body's length in bytes, computed from the event's string without decoding it: base64 from its length and
     * padding, text as its UTF-8 encoding would be (a lone surrogate is one replacement byte, as getBytes makes it).
     * Exact for valid input; the decoded body is checked again.
     */
    static long bodyLength(APIGatewayV2HTTPEvent e) {
        String b = e.getBody();
        if (b == null) return 0;
        if (e.getIsBase64Encoded()) {
            int padding = b.endsWith("==") ? 2 : b.endsWith("=") ? 1 : 0;
            return (long) b.length() * 3 / 4 - padding;
        }
        long n = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < b.length() && Character.isLowSurrogate(b.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) n += 1;
            else n += 3;
        }
        return n;
    }

    private static byte[] body(APIGatewayV2HTTPEvent e) {
        if (e.getBody() == null) return new byte[0];
        if (e.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(e.getBody());
            } catch (IllegalArgumentException x) {
                return e.getBody().getBytes(StandardCharsets.UTF_8);
            }
        }
        return e.getBody().getBytes(StandardCharsets.UTF_8);
    }

    private static String header(APIGatewayV2HTTPEvent e, String name) {
        if (e.getHeaders() == null) return null;
        for (Map.Entry<String, String> h : e.getHeaders().entrySet()) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }

    private static String query(APIGatewayV2HTTPEvent e, String name) {
        return e.getQueryStringParameters() == null ? null : e.getQueryStringParameters().get(name);
    }

    static APIGatewayV2HTTPResponse json(int status, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body).build();
    }

    static APIGatewayV2HTTPResponse error(int status, String code, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", message);
        return json(status, RecordJson.toJson(m), Map.of());
    }
}
