package readout.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Reads article objects from S3, never more than the size limit. Read-only: it has no way to write. */
public final class S3ArticleSource implements ArticleSource {
    private final S3Client s3;

    public S3ArticleSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<FetchedObject> fetch(String bucket, String key, String versionId, int maxBytes) {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(bucket).key(key);
        if (versionId != null && !versionId.isBlank()) req.versionId(versionId);
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(req.build())) {
            GetObjectResponse meta = in.response();
            long size = meta.contentLength() == null ? -1 : meta.contentLength();
            if (size > maxBytes) {
                in.abort(); // do not download what will be refused
                return Optional.of(new FetchedObject(new byte[0], meta.contentType(), meta.eTag(), meta.versionId(), size, true));
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            boolean tooLarge = bytes.length > maxBytes;
            if (tooLarge) in.abort();
            return Optional.of(new FetchedObject(tooLarge ? new byte[0] : bytes, meta.contentType(), meta.eTag(), meta.versionId(),
                    tooLarge ? Math.max(size, bytes.length) : bytes.length, tooLarge));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Listing list(String bucket, String prefix, String startAfter, int pageSize) {
        ListObjectsV2Response r = s3.listObjectsV2(b -> {
            b.bucket(bucket).maxKeys(pageSize);
            if (prefix != null && !prefix.isEmpty()) b.prefix(prefix);
            if (startAfter != null) b.startAfter(startAfter);
        });
        List<ListedObject> out = new ArrayList<>();
        for (S3Object o : r.contents()) out.add(new ListedObject(o.key(), o.eTag(), o.size() == null ? 0 : o.size()));
        return new Listing(out, Boolean.TRUE.equals(r.isTruncated()));
    }
}
