package readout.source;

/** An object's bytes (or, when {@code tooLarge}, none: it was not read past the limit). */
public record FetchedObject(byte[] bytes, String contentType, String etag, String versionId, long size, boolean tooLarge) {}
