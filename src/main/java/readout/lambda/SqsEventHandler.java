package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import readout.queue.QueueMessages;
import readout.source.ObjectRef;

/**
 * The work queue: S3 notifications (and the batch's redo messages) delivered through SQS. Each message is
 * handled alone and a failing one is reported as a batch item failure, so it alone is retried and, after the
 * queue's maxReceiveCount, kept on the dead-letter queue.
 */
public final class SqsEventHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final Services services;

    public SqsEventHandler() {
        this(Services.get());
    }

    public SqsEventHandler(Services services) {
        this.services = services;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        String requestId = context == null ? null : context.getAwsRequestId();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                for (ObjectRef ref : QueueMessages.parse(m.getBody())) {
                    ArticleWorker.Result r = services.worker.process(ref);
                    Log.info("object processed", "requestId", requestId, "messageId", m.getMessageId(), "bucket", ref.bucket(),
                            "key", ref.key(), "outcome", r.outcome(), "articleId", r.articleId(), "error", r.errorCode());
                }
            } catch (QueueMessages.MalformedMessageException e) {
                // Kept, not dropped: it returns to the queue and ends on the dead-letter queue for a person to see.
                Log.error("malformed message", "requestId", requestId, "messageId", m.getMessageId(), "reason", e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            } catch (RuntimeException e) {
                Log.error("message failed; it will be retried", "requestId", requestId, "messageId", m.getMessageId(),
                        "error", e.getClass().getSimpleName());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** An SQS event carrying these bodies, as Lambda would deliver them (for tools and tests that feed the worker). */
    public static SQSEvent eventOf(List<String> bodies, String idPrefix) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        int i = 0;
        for (String body : bodies) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId(idPrefix + i++);
            m.setBody(body);
            m.setEventSource("aws:sqs");
            messages.add(m);
        }
        SQSEvent e = new SQSEvent();
        e.setRecords(messages);
        return e;
    }
}
