package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import readout.source.ObjectRef;

/**
 * S3 {@code ObjectCreated} notifications invoking the function directly: each object is summarized and its
 * record stored. A fault is thrown so Lambda retries the event (writes are idempotent).
 */
public final class S3EventHandler implements RequestHandler<S3Event, String> {
    private static final Logger LOG = LoggerFactory.getLogger(S3EventHandler.class);
    private final Services services;

    public S3EventHandler() {
        this(Services.get());
    }

    public S3EventHandler(Services services) {
        this.services = services;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        return Invocation.run(context, services.telemetry, () -> handle(event));
    }

    private String handle(S3Event event) {
        int stored = 0;
        int records = 0;
        for (S3EventNotificationRecord r : event.getRecords()) {
            if (r.getEventName() == null || !r.getEventName().startsWith("ObjectCreated")) continue;
            records++;
            S3ObjectEntity o = r.getS3().getObject();
            ObjectRef ref = new ObjectRef(r.getS3().getBucket().getName(), o.getUrlDecodedKey(), o.getVersionId(), o.geteTag(),
                    o.getSequencer(), o.getSizeAsLong() == null ? 0 : o.getSizeAsLong());
            ArticleWorker.Result result;
            try {
                result = services.worker.process(ref);
            } catch (RuntimeException e) {
                // Thrown on so Lambda retries the event; logged here with the object it was about.
                LOG.error("object failed; the event will be retried", LogFields.of("bucket", ref.bucket(), "key", ref.key(),
                        "errorType", e.getClass().getSimpleName()), e);
                throw e;
            }
            if (result.outcome() == ArticleWorker.Outcome.STORED || result.outcome() == ArticleWorker.Outcome.STORED_FAILED) stored++;
        }
        return "processed " + records + ", stored " + stored;
    }
}
