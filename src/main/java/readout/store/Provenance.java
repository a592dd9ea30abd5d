package readout.store;

/**
 * Where a record's bytes came from and which event brought them.
 *
 * @param sequencer the S3 event's sequencer (orders events on one key); null for a redo from the scheduled batch
 *                  or a posted body
 */
public record Provenance(String bucket, String key, String versionId, String etag, String sequencer) {

    public static Provenance none() {
        return new Provenance(null, null, null, null, null);
    }

    /**
     * S3 sequencers have different lengths: right-padded with zeros to one length they compare as strings
     * (as the S3 documentation prescribes), which is how DynamoDB compares them in a condition.
     */
    public static String normalizeSequencer(String sequencer) {
        if (sequencer == null || sequencer.isBlank()) return null;
        String s = sequencer.trim().toUpperCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(s);
        while (b.length() < 32) b.append('0');
        return b.toString();
    }
}
