package readout.http;

/** What the server calls for each complete request. May be called from many threads at once. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
