package readout.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import readout.lambda.Config;
import readout.lambda.Services;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The integration tests' view of AWS: whatever the standard endpoint variables point at (the emulators that
 * {@code mvn verify} starts, or LocalStack). Only ElasticMQ, an in-process SQS, is started here, when the
 * SQS endpoint is local and nothing answers there yet. Each test makes its own table, bucket and queue.
 */
public final class Emulators {
    public static final String DATE_INDEX = "byPublishedDate";
    public static final String STATUS_INDEX = "byStatus";
    private static SQSRestServer sqsServer;

    private Emulators() {}

    public static synchronized void ensureSqs() {
        String url = System.getenv("AWS_ENDPOINT_URL_SQS");
        if (url == null || sqsServer != null) return;
        URI u = URI.create(url);
        if (!u.getHost().equals("127.0.0.1") && !u.getHost().equals("localhost")) return;
        if (listening(u.getHost(), u.getPort())) return;
        sqsServer = SQSRestServerBuilder.withPort(u.getPort()).withInterface(u.getHost()).start();
        sqsServer.waitUntilStarted();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> sqsServer.stopAndWait()));
    }

    private static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static S3Client s3() {
        return s3Builder().build();
    }

    /** An S3 client builder as the function configures it for emulators, to add test interceptors to. */
    public static software.amazon.awssdk.services.s3.S3ClientBuilder s3Builder() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }

    public static SqsClient sqs() {
        ensureSqs();
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static String uniqueName(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh table shaped as in template.yaml. */
    public static String createTable(DynamoDbClient dynamo) {
        String name = uniqueName("summaries");
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("articleId"), attr("publishedDate"), attr("status"), attr("updatedAt"))
                .keySchema(KeySchemaElement.builder().attributeName("articleId").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(index(DATE_INDEX, "publishedDate", ProjectionType.ALL),
                        index(STATUS_INDEX, "status", ProjectionType.KEYS_ONLY)));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(name));
        return name;
    }

    private static GlobalSecondaryIndex index(String name, String hashKey, ProjectionType projection) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("updatedAt").keyType(KeyType.RANGE).build())
                .projection(Projection.builder().projectionType(projection).build()).build();
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    /** A fresh bucket, table and queue, and the function's services over them, configured as in Lambda. */
    public static Stack stack() {
        DynamoDbClient dynamo = dynamo();
        S3Client s3 = s3();
        SqsClient sqs = sqs();
        String table = createTable(dynamo);
        String bucket = uniqueName("articles");
        s3.createBucket(b -> b.bucket(bucket));
        String queueUrl = sqs.createQueue(b -> b.queueName(uniqueName("work"))).queueUrl();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(Map.of("TABLE_NAME", table, "DATE_INDEX_NAME", DATE_INDEX, "STATUS_INDEX_NAME", STATUS_INDEX, "SOURCE_BUCKET", bucket,
                "QUEUE_URL", queueUrl, "BATCH_RESERVE_MILLIS", "1000"));
        Config config = Config.from(env);
        return new Stack(dynamo, s3, sqs, table, bucket, queueUrl, Services.fromConfig(config));
    }

    /** One test's AWS resources and the services over them. */
    public record Stack(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, String table, String bucket, String queueUrl,
                        Services services) {
        public List<String> queueBodies() {
            List<String> out = new java.util.ArrayList<>();
            while (true) {
                var r = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0));
                if (r.messages().isEmpty()) return out;
                for (var m : r.messages()) {
                    out.add(m.body());
                    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                }
            }
        }
    }
}
