package readout.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response. Content-Length, Connection and Transfer-Encoding are the server's to set, not a handler's. */
public record Response(int status, Map<String, String> headers, byte[] body) {

    public Response {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A JSON error {@code {"code", "message"}}, shaped as the API's own. */
    public static Response error(int status, String code, String message) {
        String json = "{\"code\":\"" + escape(code) + "\",\"message\":\"" + escape(message) + "\"}";
        return new Response(status, Map.of("Content-Type", "application/json; charset=utf-8"), json.getBytes(StandardCharsets.UTF_8));
    }

    /** 503 with Retry-After: the server is full for now, the request itself was fine. */
    static Response busy(String message, int retryAfterSeconds) {
        Response e = error(503, "BUSY", message);
        Map<String, String> h = new LinkedHashMap<>(e.headers());
        h.put("Retry-After", Integer.toString(retryAfterSeconds));
        return new Response(503, h, e.body());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 417 -> "Expectation Failed";
            case 422 -> "Unprocessable Content";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
