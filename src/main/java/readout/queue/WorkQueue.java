package readout.queue;

import java.util.List;
import readout.source.ObjectRef;

/** Where work is queued for the article workers (SQS in production). */
public interface WorkQueue {
    /** Queues every object; throws when any could not be queued, so the caller does not move on past it. */
    void send(List<ObjectRef> objects);
}
