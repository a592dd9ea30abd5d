package readout.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import readout.article.Format;
import readout.telemetry.EmfTelemetry;
import readout.telemetry.Metric;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** template.yaml against the code: handlers exist, variables are the ones Config reads, events and policies as described. */
class TemplateTest {
    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void read() throws IOException {
        template = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml"));
        resources = template.get("Resources");
    }

    private static List<Map.Entry<String, JsonNode>> functions() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : resources.properties()) {
            if (e.getValue().get("Type").asText().equals("AWS::Serverless::Function")) out.add(e);
        }
        return out;
    }

    @Test
    void everyHandlerExistsAndIsALambdaHandler() throws Exception {
        assertEquals(3, functions().size());
        for (Map.Entry<String, JsonNode> f : functions()) {
            String handler = f.getValue().get("Properties").get("Handler").asText();
            Class<?> c = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(c), handler);
            assertNotNull(c.getConstructor(), handler + " needs a public no-arg constructor");
        }
    }

    @Test
    void environmentVariablesAreExactlyOnesTheConfigReads() {
        Set<String> set = new HashSet<>();
        template.get("Globals").get("Function").get("Environment").get("Variables").fieldNames().forEachRemaining(set::add);
        for (Map.Entry<String, JsonNode> f : functions()) {
            JsonNode env = f.getValue().get("Properties").path("Environment").path("Variables");
            env.fieldNames().forEachRemaining(set::add);
        }
        for (String v : set) {
            assertTrue(Config.VARIABLES.contains(v) || EmfTelemetry.VARIABLES.contains(v), v + " is set but never read");
        }
        assertTrue(set.containsAll(List.of("TABLE_NAME", "DATE_INDEX_NAME", "SOURCE_BUCKET", "QUEUE_URL", "SOURCE_PREFIX")));
    }

    @Test
    void globalsSetRuntimeArchitectureSnapStartTracingAndLogging() {
        JsonNode g = template.get("Globals").get("Function");
        assertEquals("java21", g.get("Runtime").asText());
        assertEquals("arm64", g.get("Architectures").get(0).asText());
        assertEquals("PublishedVersions", g.get("SnapStart").get("ApplyOn").asText());
        assertEquals("Active", g.get("Tracing").asText());
        assertEquals("JSON", g.get("LoggingConfig").get("LogFormat").asText());
        assertTrue(g.get("MemorySize").asInt() >= 512);
    }

    @Test
    void eventsAreWiredAsDescribed() {
        JsonNode worker = resources.get("ArticleWorkerFunction").get("Properties");
        JsonNode sqs = worker.get("Events").get("ArticleQueued");
        assertEquals("SQS", sqs.get("Type").asText());
        assertEquals("ArticleQueue", sqs.get("Properties").get("Queue").get("Fn::GetAtt").get(0).asText());
        assertEquals("ReportBatchItemFailures", sqs.get("Properties").get("FunctionResponseTypes").get(0).asText());
        assertTrue(worker.get("Handler").asText().startsWith(SqsEventHandler.class.getName()));

        Set<String> routes = new HashSet<>();
        for (JsonNode e : resources.get("ApiFunction").get("Properties").get("Events")) {
            assertEquals("HttpApi", e.get("Type").asText());
            routes.add(e.get("Properties").get("Method").asText() + " " + e.get("Properties").get("Path").asText());
        }
        assertEquals(Set.of("POST /summaries", "GET /summaries/{articleId}", "GET /summaries"), routes);
        assertEquals("AWS_IAM", resources.get("HttpApi").get("Properties").get("Auth").get("DefaultAuthorizer").asText());

        JsonNode schedule = resources.get("BatchFunction").get("Properties").get("Events").get("Schedule");
        assertEquals("BatchSchedule", schedule.get("Properties").get("ScheduleExpression").get("Ref").asText());

        // S3 notifies the queue (not the function) for each article suffix; the queue has a dead-letter queue.
        JsonNode notifications = resources.get("ArticleBucket").get("Properties").get("NotificationConfiguration").get("QueueConfigurations");
        Set<String> suffixes = new HashSet<>();
        for (JsonNode n : notifications) {
            assertEquals("ArticleQueue", n.get("Queue").get("Fn::GetAtt").get(0).asText());
            suffixes.add(n.get("Filter").get("S3Key").get("Rules").get(0).get("Value").asText());
        }
        // One list of article endings (Format.SUFFIXES): the bucket notifies exactly those, and the functions read them.
        assertEquals(Set.copyOf(Format.SUFFIXES), suffixes, "the bucket's notifications and Format.SUFFIXES");
        assertEquals(Config.DEFAULT_SUFFIXES,
                template.get("Globals").get("Function").get("Environment").get("Variables").get("ARTICLE_SUFFIXES").asText());
        assertNotNull(resources.get("ArticleQueue").get("Properties").get("RedrivePolicy").get("deadLetterTargetArn"));
        assertTrue(resources.get("SummaryTable").get("Properties").get("PointInTimeRecoverySpecification").get("PointInTimeRecoveryEnabled").asBoolean());
        assertEquals("byPublishedDate", resources.get("SummaryTable").get("Properties").get("GlobalSecondaryIndexes").get(0).get("IndexName").asText());
    }

    @Test
    void theTableHasTheIndexesTheStoreQueriesUnderTheNamesTheFunctionsAreGiven() {
        JsonNode env = template.get("Globals").get("Function").get("Environment").get("Variables");
        Config defaults = Config.from(Map.of());
        Map<String, String> expected = Map.of(env.get("DATE_INDEX_NAME").asText(), "publishedDate ALL", env.get("STATUS_INDEX_NAME").asText(),
                "status KEYS_ONLY");
        assertEquals(Set.of(defaults.dateIndex(), defaults.statusIndex()), expected.keySet(), "the defaults are the template's names");
        Map<String, String> actual = new java.util.HashMap<>();
        for (JsonNode i : resources.get("SummaryTable").get("Properties").get("GlobalSecondaryIndexes")) {
            JsonNode keys = i.get("KeySchema");
            assertEquals("updatedAt", keys.get(1).get("AttributeName").asText(), "newest write first");
            assertEquals("RANGE", keys.get(1).get("KeyType").asText());
            actual.put(i.get("IndexName").asText(), keys.get(0).get("AttributeName").asText() + " " + i.get("Projection").get("ProjectionType").asText());
        }
        assertEquals(expected, actual);
    }

    @Test
    void alarmsAndTheDashboardWatchMetricsTheCodeEmitsUnderItsNamespaceAndService() throws Exception {
        JsonNode env = template.get("Globals").get("Function").get("Environment").get("Variables");
        String namespace = env.get("POWERTOOLS_METRICS_NAMESPACE").asText();
        String service = env.get("POWERTOOLS_SERVICE_NAME").asText();
        assertEquals(EmfTelemetry.DEFAULT_NAMESPACE, namespace);
        assertEquals(EmfTelemetry.DEFAULT_SERVICE, service);
        Set<String> emitted = new HashSet<>();
        for (Metric m : Metric.values()) emitted.add(m.metricName());

        int alarms = 0;
        for (JsonNode r : resources) {
            if (!r.get("Type").asText().equals("AWS::CloudWatch::Alarm")) continue;
            alarms++;
            JsonNode p = r.get("Properties");
            if (p.get("Namespace").asText().equals(namespace)) {
                assertTrue(emitted.contains(p.get("MetricName").asText()), p.get("MetricName") + " is never emitted");
                assertEquals("Service", p.get("Dimensions").get(0).get("Name").asText());
                assertEquals(service, p.get("Dimensions").get(0).get("Value").asText());
            }
        }
        assertTrue(alarms >= 3, "the dead-letter queue, retried messages and API 5xx are watched");

        String body = resources.get("Dashboard").get("Properties").get("DashboardBody").get("Fn::Sub").asText()
                .replaceAll("\\$\\{[^}]+}", "x");
        int readoutMetrics = 0;
        for (JsonNode widget : new ObjectMapper().readTree(body).get("widgets")) {
            String ns = null;
            for (JsonNode metric : widget.get("properties").get("metrics")) {
                if (!metric.get(0).asText().equals(".") && !metric.get(0).asText().equals("...")) ns = metric.get(0).asText();
                if (namespace.equals(ns) && !metric.get(0).asText().equals("...")) {
                    readoutMetrics++;
                    assertTrue(emitted.contains(metric.get(1).asText()), metric.get(1) + " is on the dashboard but never emitted");
                }
            }
        }
        assertTrue(readoutMetrics >= 10, "the dashboard shows the function's metrics");
    }

    @Test
    void eachFunctionLogsToItsOwnGroupWithARetention() {
        Set<String> groups = new HashSet<>();
        for (Map.Entry<String, JsonNode> f : functions()) {
            String group = f.getValue().get("Properties").get("LoggingConfig").get("LogGroup").get("Ref").asText();
            assertTrue(groups.add(group), group);
            JsonNode g = resources.get(group);
            assertEquals("AWS::Logs::LogGroup", g.get("Type").asText());
            assertEquals("LogRetentionDays", g.get("Properties").get("RetentionInDays").get("Ref").asText());
            assertFalse(g.get("Properties").has("LogGroupName"), "no fixed names");
        }
    }

    @Test
    void policiesAreLeastPrivilegeAndNothingWritesTheBucket() {
        Map<String, Set<String>> expected = Map.of(
                "ArticleWorkerFunction", Set.of("S3ReadPolicy", "DynamoDBReadPolicy", "DynamoDBWritePolicy"),
                "ApiFunction", Set.of("S3ReadPolicy", "DynamoDBReadPolicy", "DynamoDBWritePolicy"),
                "BatchFunction", Set.of("S3ReadPolicy", "DynamoDBReadPolicy", "DynamoDBWritePolicy", "SQSSendMessagePolicy"));
        for (Map.Entry<String, JsonNode> f : functions()) {
            Set<String> policies = new HashSet<>();
            for (JsonNode p : f.getValue().get("Properties").get("Policies")) {
                assertTrue(p.isObject(), "only scoped policy templates, no managed policies: " + p);
                String name = p.fieldNames().next();
                policies.add(name);
                JsonNode arg = p.get(name);
                // every template is scoped to one of our resources, never "*"
                JsonNode target = arg.has("BucketName") ? arg.get("BucketName") : arg.has("TableName") ? arg.get("TableName") : arg.get("QueueName");
                assertNotNull(target, name);
                assertFalse(target.isTextual(), name + " must reference a resource of this stack");
            }
            assertEquals(expected.get(f.getKey()), policies, f.getKey());
        }
    }

    @Test
    void noFixedNamesAndOutputsForWhatUsersNeed() {
        for (JsonNode r : resources) {
            JsonNode p = r.path("Properties");
            for (String fixed : List.of("BucketName", "TableName", "QueueName", "FunctionName")) {
                assertFalse(p.has(fixed), "fixed resource name " + fixed);
            }
        }
        Set<String> outputs = new HashSet<>();
        template.get("Outputs").fieldNames().forEachRemaining(outputs::add);
        assertTrue(outputs.containsAll(List.of("ArticleBucketName", "SummaryTableName", "ApiUrl", "ArticleQueueUrl", "DeadLetterQueueUrl")));
    }
}
