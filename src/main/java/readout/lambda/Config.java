package readout.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import readout.article.ArticleParser;
import readout.article.Format;

/**
 * The function's settings, read from the environment once per execution environment. Endpoints are not
 * here: the AWS SDK reads {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL_DYNAMODB},
 * {@code AWS_ENDPOINT_URL_SQS} or {@code AWS_ENDPOINT_URL} itself; we only note whether one is set, because
 * local emulators want path-style S3 addressing and no streaming checksums.
 *
 * @param tableName      TABLE_NAME: the DynamoDB table of summary records
 * @param dateIndex      DATE_INDEX_NAME: its global secondary index on publishedDate
 * @param statusIndex    STATUS_INDEX_NAME: its global secondary index on status
 * @param bucket         SOURCE_BUCKET: the bucket the scheduled batch walks
 * @param prefix         SOURCE_PREFIX: only keys under it are articles ("" for all)
 * @param suffixes       ARTICLE_SUFFIXES: comma-separated; keys ending otherwise are skipped
 * @param queueUrl       QUEUE_URL: the work queue the batch fans out to
 * @param maxBytes       MAX_ARTICLE_BYTES: larger objects get a FAILED record without being read
 * @param batchReserveMillis BATCH_RESERVE_MILLIS: the batch stops when less than this remains of its time
 * @param localEndpoints true when an AWS_ENDPOINT_URL* variable points the SDK at an emulator
 * @param region         AWS_REGION (set by Lambda) or AWS_DEFAULT_REGION; null for a local run without one
 */
public record Config(String tableName, String dateIndex, String statusIndex, String bucket, String prefix, List<String> suffixes,
                     String queueUrl, int maxBytes, long batchReserveMillis, boolean localEndpoints, String region) {

    /** Every variable the configuration reads (checked against template.yaml by a test). */
    public static final List<String> VARIABLES = List.of("TABLE_NAME", "DATE_INDEX_NAME", "STATUS_INDEX_NAME", "SOURCE_BUCKET",
            "SOURCE_PREFIX", "ARTICLE_SUFFIXES", "QUEUE_URL", "MAX_ARTICLE_BYTES", "BATCH_RESERVE_MILLIS");
    public static final String DEFAULT_SUFFIXES = String.join(",", Format.SUFFIXES);

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        List<String> suffixes = new ArrayList<>();
        for (String s : env.getOrDefault("ARTICLE_SUFFIXES", DEFAULT_SUFFIXES).split(",")) {
            if (!s.isBlank()) suffixes.add(s.trim().toLowerCase(Locale.ROOT));
        }
        boolean local = env.keySet().stream().anyMatch(k -> k.startsWith("AWS_ENDPOINT_URL"));
        return new Config(env.get("TABLE_NAME"), env.getOrDefault("DATE_INDEX_NAME", "byPublishedDate"),
                env.getOrDefault("STATUS_INDEX_NAME", "byStatus"), env.get("SOURCE_BUCKET"),
                env.getOrDefault("SOURCE_PREFIX", ""), List.copyOf(suffixes), env.get("QUEUE_URL"),
                Integer.parseInt(env.getOrDefault("MAX_ARTICLE_BYTES", Integer.toString(ArticleParser.DEFAULT_MAX_BYTES))),
                Long.parseLong(env.getOrDefault("BATCH_RESERVE_MILLIS", "15000")), local,
                env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION")));
    }

    /** Whether a key names an article: under the prefix and with one of the suffixes. */
    public boolean isArticleKey(String key) {
        if (key == null || key.endsWith("/")) return false;
        if (!prefix.isEmpty() && !key.startsWith(prefix)) return false;
        String k = key.toLowerCase(Locale.ROOT);
        for (String s : suffixes) if (k.endsWith(s)) return true;
        return suffixes.isEmpty();
    }
}
