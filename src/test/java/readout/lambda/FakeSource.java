package readout.lambda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import readout.source.ArticleSource;
import readout.source.FetchedObject;
import readout.source.ListedObject;

/** A bucket in memory: keys in order, ETags as MD5 like S3's for single-part uploads. */
public final class FakeSource implements ArticleSource {
    final Map<String, byte[]> objects = new TreeMap<>();
    RuntimeException failWith;
    int fetches;

    public FakeSource put(String key, String text) {
        objects.put(key, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    FakeSource put(String key, byte[] bytes) {
        objects.put(key, bytes);
        return this;
    }

    static String etag(byte[] b) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b)) + "\"";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<FetchedObject> fetch(String bucket, String key, String versionId, int maxBytes) {
        fetches++;
        if (failWith != null) throw failWith;
        byte[] b = objects.get(key);
        if (b == null) return Optional.empty();
        if (b.length > maxBytes) return Optional.of(new FetchedObject(new byte[0], null, etag(b), null, b.length, true));
        return Optional.of(new FetchedObject(b, null, etag(b), null, b.length, false));
    }

    @Override
    public Listing list(String bucket, String prefix, String startAfter, int pageSize) {
        List<ListedObject> out = new ArrayList<>();
        boolean truncated = false;
        for (Map.Entry<String, byte[]> e : objects.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            if (startAfter != null && e.getKey().compareTo(startAfter) <= 0) continue;
            if (out.size() == pageSize) {
                truncated = true;
                break;
            }
            out.add(new ListedObject(e.getKey(), etag(e.getValue()), e.getValue().length));
        }
        return new Listing(out, truncated);
    }
}
