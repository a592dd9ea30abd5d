package readout.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import readout.queue.QueueMessages;
import readout.source.ObjectRef;
import readout.telemetry.Metric;

/**
 * The work queue: S3 notifications (and the batch's redo messages) delivered through SQS. Each message is
 * handled alone and a failing one is reported as a batch item failure, so it alone is retried and, after the
 * queue's maxReceiveCount, kept on the dead-letter queue.
 */
public final class SqsEventHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventHandler.class);
    private final Services services;

    public SqsEventHandler() {
        this(Services.get());
    }

    public SqsEventHandler(Services services) {
        this.services = services;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return Invocation.run(context, services.telemetry, () -> handle(event));
    }

    private SQSBatchResponse handle(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            // on every line about this message, the worker's included
            try (MDC.MDCCloseable ignored = MDC.putCloseable("messageId", m.getMessageId())) {
                for (ObjectRef ref : QueueMessages.parse(m.getBody())) services.worker.process(ref);
            } catch (QueueMessages.MalformedMessageException e) {
                // Kept, not dropped: it returns to the queue and ends on the dead-letter queue for a person to see.
                LOG.error("malformed message", LogFields.of("messageId", m.getMessageId(), "reason", e.getMessage()));
                services.telemetry.put(Metric.MESSAGES_MALFORMED, 1);
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            } catch (RuntimeException e) {
                LOG.error("message failed; it will be retried", LogFields.of("messageId", m.getMessageId(),
                        "errorType", e.getClass().getSimpleName()), e);
                services.telemetry.put(Metric.MESSAGES_RETRIED, 1);
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
