package readout.cli;

import java.io.PrintStream;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import readout.lambda.ArticleWorker;
import readout.lambda.ScheduledBatchHandler;
import readout.lambda.Services;

/**
 * The cycles of {@code serve --watch}: the scheduled batch over SOURCE_BUCKET with a {@link Watch} as its work
 * queue, every {@link #PERIOD_SECONDS} s. It speaks only when something happened, in words, on stderr: the
 * watch's report of what it summarized, failed or skipped; once, that it stopped working and why (the emulators
 * were stopped, say); once, that it works again. A quiet cycle says nothing, so a watch in the background does
 * not fill the user's shell.
 */
final class WatchLoop implements Runnable {
    static final int PERIOD_SECONDS = 5;

    private final Services services;
    private final Watch queue;
    private final ScheduledBatchHandler batch;
    private final PrintStream err;
    private final Map<String, String> env;
    private boolean failing;

    /** Over {@code base}'s store and bucket; the objects the batch finds are summarized at once rather than sent to SQS. */
    WatchLoop(Services base, PrintStream err, Map<String, String> env) {
        Services[] self = new Services[1];
        this.queue = new Watch(() -> self[0].worker, base.config.bucket());
        // (with base's participant index, so what the watch summarizes is indexed too)
        self[0] = new Services(base.config, base.readout, base.store, base.participantStore, base.source, queue,
                readout.telemetry.Telemetry.NONE);
        this.services = self[0];
        this.batch = new ScheduledBatchHandler(services);
        this.err = err;
        this.env = env;
    }

    /** The batch's and the worker's JSON line per run and per object are for CloudWatch; here the report says what changed. */
    static void quietJsonLogs() {
        Configurator.setLevel(ScheduledBatchHandler.class.getName(), Level.WARN);
        Configurator.setLevel(ArticleWorker.class.getName(), Level.WARN);
    }

    @Override
    public synchronized void run() {
        ScheduledBatchHandler.Report r;
        try {
            r = batch.handleRequest(null, null);
        } catch (RuntimeException e) {
            if (!failing) {
                err.println("readout: watch stopped working: " + StartupCheck.describe(e, endpoint()) + "; it retries every "
                        + PERIOD_SECONDS + " s and says when it works again");
                failing = true;
            }
            return;
        }
        if (failing) {
            err.println("readout: watch works again");
            failing = false;
        }
        for (String line : queue.report(r)) err.println(line);
    }

    private String endpoint() {
        String s3 = env.get("AWS_ENDPOINT_URL_S3");
        String ddb = env.get("AWS_ENDPOINT_URL_DYNAMODB");
        if (s3 == null && ddb == null) return env.get("AWS_ENDPOINT_URL");
        return s3 == null ? ddb : ddb == null ? s3 : s3 + " or " + ddb;
    }
}
