package readout.http;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as read: {@code path} and {@code query} are raw (still percent-encoded; query null when the
 * target has no '?'); header names are lower case, repeated fields joined with ", "; the body complete.
 */
public record Request(String method, String path, String query, String version, Map<String, String> headers, byte[] body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the client asked for the connection to end after this request (HTTP/1.0 ends by default). */
    boolean wantsClose() {
        String c = header("connection");
        boolean close = c != null && hasToken(c, "close");
        if (version.equals("HTTP/1.0")) return close || c == null || !hasToken(c, "keep-alive");
        return close;
    }

    private static boolean hasToken(String list, String token) {
        for (String t : list.split(",")) if (t.strip().equalsIgnoreCase(token)) return true;
        return false;
    }
}
