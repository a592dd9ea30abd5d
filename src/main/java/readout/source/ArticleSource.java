package readout.source;

import java.util.List;
import java.util.Optional;

/** Where article objects are read and listed (S3 in production, a fake in unit tests). */
public interface ArticleSource {

    /** The object's bytes, read up to {@code maxBytes}; empty when the object no longer exists. */
    Optional<FetchedObject> fetch(String bucket, String key, String versionId, int maxBytes);

    /** One page of keys under a prefix after {@code startAfter} (exclusive), in key order. */
    Listing list(String bucket, String prefix, String startAfter, int pageSize);

    record Listing(List<ListedObject> objects, boolean truncated) {}
}
