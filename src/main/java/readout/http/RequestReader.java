package readout.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads the requests of one connection (RFC 9112), each within the {@link Limits}: every read waits only for what
 * is left of the request's time, so a client that trickles bytes is answered 408 rather than holding a thread;
 * lengths are checked before the bytes they announce are read. A request that breaks a limit or the grammar is
 * a {@link Rejected} with the status to answer; the connection then ends.
 */
final class RequestReader {
    /** A chunk-size line longer than this is no chunk size (extensions are read and ignored). */
    private static final int MAX_CHUNK_LINE = 1024;

    /** Why a request is refused, and the response that says so. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Response response;

        Rejected(int status, String code, String message) {
            super(message, null, false, false);
            this.response = Response.error(status, code, message);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final Limits limits;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int lim;
    private long deadline;

    RequestReader(Socket socket, Limits limits) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.limits = limits;
    }

    /**
     * The next request, or null when the client closed the connection or sent nothing within the idle timeout.
     * {@code sendContinue} is called for {@code Expect: 100-continue} once the head has passed every check.
     */
    Request next(IoAction sendContinue) throws IOException, Rejected {
        deadline = System.nanoTime() + limits.idleTimeout().toNanos();
        try {
            if (peek() < 0) return null;
        } catch (SocketTimeoutException idle) {
            return null;
        }
        deadline = System.nanoTime() + limits.requestTimeout().toNanos();
        try {
            return read(sendContinue);
        } catch (SocketTimeoutException slow) {
            throw new Rejected(408, "REQUEST_TIMEOUT", "the request did not arrive within " + limits.requestTimeout().toSeconds() + " s");
        }
    }

    interface IoAction {
        void run() throws IOException;
    }

    private Request read(IoAction sendContinue) throws IOException, Rejected {
        String requestLine = line(limits.maxRequestLineBytes(), 414, "URI_TOO_LONG",
                "the request line is longer than " + limits.maxRequestLineBytes() + " bytes");
        // RFC 9112 2.2: empty lines before a request line are ignored
        for (int i = 0; requestLine != null && requestLine.isEmpty() && i < 8; i++) {
            requestLine = line(limits.maxRequestLineBytes(), 414, "URI_TOO_LONG",
                    "the request line is longer than " + limits.maxRequestLineBytes() + " bytes");
        }
        if (requestLine == null || requestLine.isEmpty()) throw bad("the connection ended before a request line");
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) throw bad("a request line is METHOD TARGET HTTP/1.1");
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            if (version.matches("HTTP/\\d\\.\\d")) throw new Rejected(505, "HTTP_VERSION_NOT_SUPPORTED", "only HTTP/1.1 and HTTP/1.0 are spoken");
            throw bad("a request line is METHOD TARGET HTTP/1.1");
        }
        Map<String, String> headers = headers(requestLine.length() + 2, "the request head");
        String target = new String(parts[1].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form: the path is after the authority
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        } else if (!target.startsWith("/") && !target.equals("*")) {
            throw bad("the request target must start with /");
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        byte[] body = body(headers, version, sendContinue);
        return new Request(parts[0], path, query, version, headers, body);
    }

    private Map<String, String> headers(int usedBytes, String what) throws IOException, Rejected {
        Map<String, String> headers = new LinkedHashMap<>();
        int used = usedBytes;
        int count = 0;
        String tooLarge = what + " is larger than " + limits.maxHeadBytes() + " bytes";
        while (true) {
            String l = line(Math.max(0, limits.maxHeadBytes() - used), 431, "HEADERS_TOO_LARGE", tooLarge);
            if (l == null) throw bad("the connection ended inside " + what);
            used += l.length() + 2;
            if (used > limits.maxHeadBytes()) throw new Rejected(431, "HEADERS_TOO_LARGE", tooLarge);
            if (l.isEmpty()) return headers;
            if (++count > limits.maxHeaders()) {
                throw new Rejected(431, "HEADERS_TOO_LARGE", what + " has more than " + limits.maxHeaders() + " fields");
            }
            if (l.charAt(0) == ' ' || l.charAt(0) == '\t') throw bad("a header line is folded (obsolete in HTTP/1.1)");
            int colon = l.indexOf(':');
            if (colon <= 0 || !isToken(l.substring(0, colon))) throw bad("a header line is not NAME: VALUE");
            String name = l.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).strip();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
    }

    private byte[] body(Map<String, String> headers, String version, IoAction sendContinue) throws IOException, Rejected {
        String te = headers.get("transfer-encoding");
        String cl = headers.get("content-length");
        // both would let a proxy and this server disagree on where the request ends (RFC 9112 6.3)
        if (te != null && cl != null) throw bad("a request has Transfer-Encoding or Content-Length, not both");
        if (te != null && !te.equalsIgnoreCase("chunked")) {
            throw new Rejected(501, "NOT_IMPLEMENTED", "the only transfer coding read is chunked, not " + te);
        }
        long length = cl == null ? 0 : contentLength(cl);
        if (length > limits.maxBodyBytes()) throw tooLarge("the body is " + length + " bytes");
        String expect = headers.get("expect");
        if (expect != null && version.equals("HTTP/1.1")) {
            if (!expect.equalsIgnoreCase("100-continue")) throw new Rejected(417, "EXPECTATION_FAILED", "only Expect: 100-continue is understood");
            if (te != null || length > 0) sendContinue.run();
        }
        if (te != null) return chunked();
        return exactly(length, new Growing(length));
    }

    private static long contentLength(String value) throws Rejected {
        long length = -1;
        for (String v : value.split(",", -1)) { // a repeated field joined: each the same number (RFC 9110 8.6)
            String s = v.strip();
            if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad("Content-Length is not a number: " + shorten(value));
            }
            long n = Long.parseLong(s);
            if (length >= 0 && n != length) throw bad("Content-Length has two different values");
            length = n;
        }
        return length;
    }

    private byte[] chunked() throws IOException, Rejected {
        Growing body = new Growing(0);
        while (true) {
            String l = line(MAX_CHUNK_LINE, 400, "BAD_REQUEST", "a chunk-size line is longer than " + MAX_CHUNK_LINE + " bytes");
            if (l == null) throw bad("the chunked body ended before its last chunk");
            int semi = l.indexOf(';');
            String hex = (semi < 0 ? l : l.substring(0, semi)).strip();
            if (hex.isEmpty() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) throw bad("a chunk size is not hexadecimal: " + shorten(hex));
            String digits = hex.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 15) throw tooLarge("a chunk of 0x" + shorten(digits) + " bytes");
            long size = Long.parseLong(digits, 16);
            if (size == 0) {
                headers(0, "the chunked body's trailer"); // trailer fields are read and dropped
                return body.bytes();
            }
            if (body.size() + size > limits.maxBodyBytes()) throw tooLarge("the chunked body passes " + limits.maxBodyBytes() + " bytes");
            exactly(size, body);
            String end = line(2, 400, "BAD_REQUEST", "a chunk is longer than its size");
            if (end == null) throw bad("the chunked body ended before its last chunk");
            if (!end.isEmpty()) throw bad("a chunk is longer than its size");
        }
    }

    /** Reads {@code n} bytes onto {@code into}; the buffer grows as bytes arrive, never ahead of them. */
    private byte[] exactly(long n, Growing into) throws IOException, Rejected {
        long left = n;
        while (left > 0) {
            if (pos == lim && fill() < 0) throw bad("the body ended after " + (n - left) + " of its " + n + " bytes");
            int k = (int) Math.min(left, lim - pos);
            into.append(buf, pos, k);
            pos += k;
            left -= k;
        }
        return into.bytes();
    }

    /**
     * One line without its CRLF (a bare LF also ends it), as ISO-8859-1; null at the end of the stream before any
     * byte. A line longer than {@code max} bytes is refused with {@code status}.
     */
    private String line(int max, int status, String code, String tooLong) throws IOException, Rejected {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                if (b.length() == 0) return null;
                throw bad("the connection ended inside a line");
            }
            if (c == '\n') break;
            if (b.length() >= max + 1) throw new Rejected(status, code, tooLong); // +1: room for the CR
            b.append((char) c);
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == '\r') b.setLength(n - 1);
        if (b.length() > max) throw new Rejected(status, code, tooLong);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\r' || c == 0) throw bad("a line holds a stray CR or NUL");
        }
        return b.toString();
    }

    private int peek() throws IOException {
        if (pos == lim && fill() < 0) return -1;
        return buf[pos] & 0xff;
    }

    private int read() throws IOException {
        if (pos == lim && fill() < 0) return -1;
        return buf[pos++] & 0xff;
    }

    private int fill() throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new SocketTimeoutException("the request's time is up");
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(left))));
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        lim = Math.max(0, n);
        return n;
    }

    private Rejected tooLarge(String what) {
        return new Rejected(413, "TOO_LARGE", what + "; the limit is " + limits.maxBodyBytes() + " bytes");
    }

    private static Rejected bad(String message) {
        return new Rejected(400, "BAD_REQUEST", message);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** RFC 9110 5.6.2: the characters of a method or a field name. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    /** A byte buffer that doubles as bytes arrive, up to the announced length. */
    private static final class Growing {
        private byte[] bytes;
        private int size;

        Growing(long expected) {
            bytes = new byte[(int) Math.min(Math.max(expected, 0), 64 * 1024)];
        }

        void append(byte[] b, int off, int n) {
            if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + n, Math.max(16, bytes.length * 2)));
            System.arraycopy(b, off, bytes, size, n);
            size += n;
        }

        long size() {
            return size;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
