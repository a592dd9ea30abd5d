package readout.store;

/** What the batch needs to know to decide whether a stored record is stale. */
public record StoredMeta(String articleId, String extractorVersion, String contentSha256, String etag, String sequencer,
                         String status) {}
