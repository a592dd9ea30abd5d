package readout.telemetry;

/**
 * The function's CloudWatch metrics (namespace Readout, dimension Service unless noted), each with its unit.
 * Names are part of the operators' contract: dashboards and alarms use them (see the README).
 */
public enum Metric {
    /** An article became a record with statements, agreements and a summary. */
    ARTICLES_SUMMARIZED("ArticlesSummarized", Unit.COUNT),
    /** An object was rejected (empty, binary, too large, badly encoded…) and stored as a FAILED record; also by Reason. */
    ARTICLES_FAILED("ArticlesFailed", Unit.COUNT),
    /** A redelivered or older notification changed nothing (the stored record was the same or newer). */
    ARTICLES_UNCHANGED("ArticlesUnchanged", Unit.COUNT),
    /** A notification for a key that is not an article (suffix, prefix) or an object already deleted. */
    OBJECTS_SKIPPED("ObjectsSkipped", Unit.COUNT),
    /** Statements extracted from one article. */
    STATEMENTS("Statements", Unit.COUNT),
    /** Agreements extracted from one article. */
    AGREEMENTS("Agreements", Unit.COUNT),
    /** Time to parse and extract one article (the engine alone). */
    SUMMARIZE_TIME("SummarizeTime", Unit.MILLISECONDS),
    /** Time for one object end to end: read from S3, summarize, write to DynamoDB. */
    OBJECT_TIME("ObjectTime", Unit.MILLISECONDS),
    /** A queue message that failed on a fault (S3, DynamoDB) and goes back to the queue to be retried. */
    MESSAGES_RETRIED("MessagesRetried", Unit.COUNT),
    /** A queue message that is not an S3 notification or a redo request; it ends on the dead-letter queue. */
    MESSAGES_MALFORMED("MessagesMalformed", Unit.COUNT),
    /** HTTP API requests, and those answered 4xx and 5xx. */
    API_REQUESTS("ApiRequests", Unit.COUNT),
    API_CLIENT_ERRORS("ApiClientErrors", Unit.COUNT),
    API_SERVER_ERRORS("ApiServerErrors", Unit.COUNT),
    API_LATENCY("ApiLatency", Unit.MILLISECONDS),
    /** Scheduled batch progress: objects looked at, queued for (re)processing, found up to date; 1 when a walk ends. */
    BATCH_OBJECTS_SEEN("BatchObjectsSeen", Unit.COUNT),
    BATCH_OBJECTS_QUEUED("BatchObjectsQueued", Unit.COUNT),
    BATCH_OBJECTS_UP_TO_DATE("BatchObjectsUpToDate", Unit.COUNT),
    BATCH_WALKS_FINISHED("BatchWalksFinished", Unit.COUNT),
    /** A SnapStart snapshot was primed (once per published version and snapshot); it also warms the metrics path. */
    SNAPSHOTS_PRIMED("SnapshotsPrimed", Unit.COUNT);

    /** The units used here (CloudWatch's names). */
    public enum Unit { COUNT, MILLISECONDS }

    private final String metricName;
    private final Unit unit;

    Metric(String metricName, Unit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    /** The name in CloudWatch. */
    public String metricName() {
        return metricName;
    }

    public Unit unit() {
        return unit;
    }
}
