package readout.queue;

import java.util.ArrayList;
import java.util.List;
import readout.source.ObjectRef;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** Queues redo work on SQS, ten messages per SendMessageBatch call; entries that fail are retried once. */
public final class SqsWorkQueue implements WorkQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsWorkQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<ObjectRef> objects) {
        for (int i = 0; i < objects.size(); i += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<ObjectRef> chunk = objects.subList(i, Math.min(objects.size(), i + 10));
            for (int k = 0; k < chunk.size(); k++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(k)).messageBody(QueueMessages.redo(chunk.get(k))).build());
            }
            List<SendMessageBatchRequestEntry> pending = entries;
            for (int attempt = 0; attempt < 2 && !pending.isEmpty(); attempt++) {
                List<SendMessageBatchRequestEntry> batch = pending;
                SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(batch));
                List<SendMessageBatchRequestEntry> failed = new ArrayList<>();
                for (BatchResultErrorEntry f : r.failed()) {
                    for (SendMessageBatchRequestEntry e : batch) if (e.id().equals(f.id())) failed.add(e);
                }
                pending = failed;
            }
            if (!pending.isEmpty()) throw new IllegalStateException(pending.size() + " messages could not be queued");
        }
    }
}
