package readout.cli;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import readout.lambda.Services;
import readout.record.SummaryRecord;
import readout.store.Listing;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What {@code serve} checks before it answers anyone: that the store (and, for {@code --watch}, the bucket) can
 * be used with the credentials and endpoints at hand (the table and each of its indexes). A server that starts anyway answers every request 500;
 * this says what is wrong, once, in one line a person can act on.
 */
final class StartupCheck {
    /** An id no record has: reading it costs one GetItem and proves credentials, endpoint, table and permission. */
    private static final String PROBE_ID = "00000000000000000000000000000000";
    private static final long TIMEOUT_SECONDS = 20;

    private StartupCheck() {}

    /** The problem with the store, if any; none for the in-memory store. */
    static Optional<String> store(Services s, Map<String, String> env) {
        String table = s.config.tableName();
        if (table == null) return Optional.empty();
        return problem(() -> {
            s.store.get(PROBE_ID);
            // and each index a listing reads
            for (Listing l : List.of(new Listing.ByDate("1970-01-01"), new Listing.ByStatus(SummaryRecord.FAILED), new Listing.Undated())) {
                s.store.list(l, 1, null);
            }
        }, "the DynamoDB table \"" + table + "\" cannot be used", endpoint(env, "AWS_ENDPOINT_URL_DYNAMODB"));
    }

    /** The problem with SOURCE_BUCKET, if any. */
    static Optional<String> bucket(Services s, Map<String, String> env) {
        String bucket = s.config.bucket();
        if (bucket == null) return Optional.of("SOURCE_BUCKET is not set");
        return problem(() -> s.source.list(bucket, s.config.prefix(), null, 1),
                "the bucket s3://" + bucket + " cannot be read", endpoint(env, "AWS_ENDPOINT_URL_S3"));
    }

    private static Optional<String> problem(Runnable probe, String what, String endpoint) {
        try {
            CompletableFuture.runAsync(probe).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of(what + ": no answer within " + TIMEOUT_SECONDS + " s" + (endpoint == null ? "" : " from " + endpoint));
        } catch (ExecutionException e) {
            return Optional.of(what + ": " + describe(e.getCause(), endpoint));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(what + ": interrupted");
        }
    }

    private static String endpoint(Map<String, String> env, String specific) {
        String e = env.get(specific);
        return e != null ? e + " (" + specific + ")" : env.get("AWS_ENDPOINT_URL") != null ? env.get("AWS_ENDPOINT_URL") + " (AWS_ENDPOINT_URL)" : null;
    }

    /** One line for a fault of the SDK or a store: the cause a person can act on, not the chain of exceptions. */
    static String describe(Throwable e, String endpoint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Unable to load credentials")) {
                return "no AWS credentials found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE; for the local emulators: "
                        + "source <(scripts/local.sh env); or unset TABLE_NAME to keep records in memory)";
            }
            if (t instanceof AwsServiceException a && a.awsErrorDetails() != null) {
                return a.awsErrorDetails().errorCode() + ": " + oneLine(a.awsErrorDetails().errorMessage())
                        + (endpoint == null ? "" : " at " + endpoint);
            }
            if (t instanceof ConnectException) {
                return "nothing answers" + (endpoint == null ? " (" + oneLine(m) + ")"
                        : " at " + endpoint + " (" + oneLine(m) + "); are the emulators running? scripts/local.sh up");
            }
        }
        return e.getClass().getSimpleName() + ": " + oneLine(e.getMessage());
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() <= 300 ? l : l.substring(0, 300) + "...";
    }
}
