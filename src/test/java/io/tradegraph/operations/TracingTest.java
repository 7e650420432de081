package io.tradegraph.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * One dashboard request, traced: the browser's traceparent is continued, the HTTP server's span holds the span of
 * the GraphQL operation (named, costed, with its outcome), which holds every SQL statement's span; the request's
 * JSON log line carries the trace and span ids.
 */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
class TracingTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    /** Where the spans go in tests: Quarkus exports to every SpanExporter bean, and to OTLP only when there is none. */
    @ApplicationScoped
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String BROWSER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter exporter;

    @BeforeEach
    void forgetEarlierSpans() {
        exporter.reset();
    }

    @Test
    void theDashboardQueryIsOneSpanHoldingItsStatements() throws Exception {
        List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && RequestLog.class.getName().equals(record.getLoggerName())) {
                    ext.copyMdc();
                    lines.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LogContext.getLogContext().getLogger(RequestLog.class.getName()).addHandler(capture);
        try {
            given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE + "-" + BROWSER_SPAN + "-01")
                    .body(Map.of("query", resource("web/app/queries/area.graphql"),
                            "variables", Map.of("code", "VN-57", "geography", "AS_REPORTED")))
                    .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
            List<SpanData> spans = awaitSpans(span -> span.getName().startsWith("POST"));

            SpanData server = only(spans, span -> span.getKind() == SpanKind.SERVER);
            SpanData operation = only(spans, span -> span.getName().equals("query Area"));
            List<SpanData> statements = spans.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
            System.out.println("the dashboard's request, traced:\n" + tree(spans));

            assertTrue(spans.stream().allMatch(span -> span.getTraceId().equals(TRACE)), "the browser's trace goes on");
            assertEquals(BROWSER_SPAN, server.getParentSpanId());
            assertEquals(server.getSpanId(), operation.getParentSpanId());
            assertEquals("Area", operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")));
            assertEquals("query", operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")));
            assertEquals("success", operation.getAttributes().get(AttributeKey.stringKey("tradegraph.outcome")));
            assertTrue(operation.getAttributes().get(AttributeKey.longKey("tradegraph.cost")) > 0);
            assertFalse(statements.isEmpty(), "the SQL client's spans");
            assertTrue(statements.stream().allMatch(span -> span.getParentSpanId().equals(operation.getSpanId())),
                    "every statement beneath the operation");

            ExtLogRecord line = lines.stream().filter(record -> record.getFormattedMessage().contains("Area answered 200"))
                    .findFirst().orElseThrow();
            String json = new JsonLogs.JsonLineFormatter().format(line);
            assertTrue(json.contains("\"traceId\":\"" + TRACE + "\""), json);
            assertTrue(json.contains("\"spanId\":\"" + operation.getSpanId() + "\""), json);
        } finally {
            LogContext.getLogContext().getLogger(RequestLog.class.getName()).removeHandler(capture);
        }
    }

    @Test
    void aRefusedRequestIsTracedWithItsCode() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ province(code: \"VN-XX\") { name } }")).when()
                .post("/graphql").then().statusCode(200);
        SpanData operation = only(awaitSpans(span -> span.getName().startsWith("POST")),
                span -> span.getName().equals("query"));
        assertEquals("UNKNOWN_CODE", operation.getAttributes().get(AttributeKey.stringKey("tradegraph.outcome")));
    }

    private List<SpanData> awaitSpans(java.util.function.Predicate<SpanData> last) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SpanData> spans = exporter.getFinishedSpanItems();
            if (spans.stream().anyMatch(last)) {
                return spans;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server span exported: " + exporter.getFinishedSpanItems());
    }

    private static SpanData only(List<SpanData> spans, java.util.function.Predicate<SpanData> which) {
        List<SpanData> found = spans.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> tree(spans));
        return found.get(0);
    }

    /** The spans as an indented tree, each with its kind and duration. */
    private static String tree(List<SpanData> spans) {
        Map<String, List<SpanData>> children = spans.stream().collect(Collectors.groupingBy(SpanData::getParentSpanId));
        StringBuilder out = new StringBuilder();
        spans.stream().filter(span -> spans.stream().noneMatch(other -> other.getSpanId().equals(span.getParentSpanId())))
                .forEach(root -> print(root, children, 0, out));
        return out.toString();
    }

    private static void print(SpanData span, Map<String, List<SpanData>> children, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(span.getName()).append(" [").append(span.getKind()).append(", ")
                .append((span.getEndEpochNanos() - span.getStartEpochNanos()) / 1000).append(" µs]")
                .append(depth == 1 ? " " + span.getAttributes() : "").append('\n');
        children.getOrDefault(span.getSpanId(), List.of()).stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .forEach(child -> print(child, children, depth + 1, out));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TracingTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
