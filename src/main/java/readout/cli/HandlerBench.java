package readout.cli;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import readout.lambda.Config;
import readout.lambda.Services;
import readout.lambda.SqsEventHandler;
import readout.queue.QueueMessages;
import readout.source.ObjectRef;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;

/**
 * {@code bench --handler}: the whole worker path — SQS message, S3 read, engine, conditional DynamoDB write —
 * against whatever the environment names (TABLE_NAME, SOURCE_BUCKET, endpoint variables: the local emulators
 * with {@code scripts/local.sh}, or AWS), with N parallel workers taking batches of ten messages.
 */
final class HandlerBench {
    private HandlerBench() {}

    static int run(List<Inputs.Input> corpus, int copies, int workers, PrintStream out) throws Exception {
        Config config = Config.fromEnvironment();
        if (config.tableName() == null || config.bucket() == null) {
            out.println("bench --handler needs TABLE_NAME and SOURCE_BUCKET (see scripts/local.sh)");
            return Main.USAGE;
        }
        Services services = Services.fromConfig(config);
        var s3 = Services.s3Client(config, config.region() == null ? Region.US_EAST_1 : Region.of(config.region()));
        List<String> bodies = new ArrayList<>();
        long run = System.currentTimeMillis();
        for (int c = 0; c < copies; c++) {
            for (int k = 0; k < corpus.size(); k++) {
                Inputs.Input in = corpus.get(k);
                String name = in.source().substring(in.source().lastIndexOf('/') + 1);
                String key = "bench/" + run + "/" + c + "/" + name;
                Inputs.Content content = in.read(config.maxBytes());
                if (content.tooLarge()) continue; // the worker would refuse it unread
                byte[] bytes = content.bytes();
                s3.putObject(b -> b.bucket(config.bucket()).key(key), RequestBody.fromBytes(bytes));
                bodies.add(QueueMessages.redo(new ObjectRef(config.bucket(), key, null, null, null, bytes.length)));
            }
        }
        SqsEventHandler handler = new SqsEventHandler(services);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long t0 = System.nanoTime();
        List<Future<SQSBatchResponse>> fs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i += 10) {
            List<String> batch = bodies.subList(i, Math.min(bodies.size(), i + 10));
            fs.add(pool.submit(() -> handler.handleRequest(SqsEventHandler.eventOf(batch, "bench-"), null)));
        }
        int failures = 0;
        for (Future<SQSBatchResponse> f : fs) failures += f.get().getBatchItemFailures().size();
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        out.printf(Locale.ROOT, "handler path: %d articles, %d workers, %.1f s, %.0f articles/s, %d failed%n",
                bodies.size(), workers, secs, bodies.size() / secs, failures);
        return failures == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
