package readout.source;

/** One entry of a bucket listing. */
public record ListedObject(String key, String etag, long size) {}
