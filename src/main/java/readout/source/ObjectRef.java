package readout.source;

/**
 * An object to summarize, as an event names it. {@code key} is already URL-decoded.
 *
 * @param sequencer the S3 event's sequencer; null for a redo queued by the scheduled batch
 */
public record ObjectRef(String bucket, String key, String versionId, String etag, String sequencer, long size) {

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
