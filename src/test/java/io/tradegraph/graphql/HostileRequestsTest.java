package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.jboss.logmanager.LogContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Every file in {@code src/test/resources/hostile} is a request a careless or hostile client might send, with the
 * HTTP status and {@code extensions.code} it must get. Each answer is also checked for what must never leak (Java
 * names, stack traces), the log for what a client's mistake must not write (warnings, traces), and refusals before
 * execution for their speed.
 * <p>
 * A case holds {@code method}, {@code contentType}, {@code accept}, {@code headers}, and either a raw {@code body}
 * or a GraphQL request {@code graphql} ({@code query}, {@code variables}, {@code operationName}), sent as the JSON
 * body of a POST or as the parameters of a GET. A text may be generated: {@code {"prefix", "repeat", "times",
 * "suffix"}}, where {@code ${i}} in {@code repeat} is the repetition's number.
 */
@QuarkusTest
class HostileRequestsTest {

    static final Path CASES = Path.of("src/test/resources/hostile");
    /** Refused before execution, an answer comes at once; this only catches a refusal that did the work first. */
    private static final Duration FAST_REFUSAL = Duration.ofMillis(1500);

    static Stream<String> cases() throws IOException {
        return Documents.caseNames(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnsweredWithItsStatusAndCode(String name) throws IOException, InterruptedException {
        JsonObject spec = Json.createReader(new StringReader(Files.readString(CASES.resolve(name + ".json")))).readObject();
        String method = spec.getString("method", "POST");
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (spec.containsKey("contentType")) {
            request.contentType(spec.getString("contentType"));
        } else if (method.equals("POST")) {
            request.contentType("application/json");
        }
        request.header("Accept", spec.getString("accept", "application/graphql-response+json"));
        if (spec.containsKey("headers")) {
            spec.getJsonObject("headers").forEach((header, value) ->
                    request.header(header, ((jakarta.json.JsonString) value).getString()));
        }
        if (spec.containsKey("body")) {
            String body = text(spec.get("body"));
            // rest-assured encodes forms itself and everything else as bytes, sent as they are.
            if (spec.getString("contentType", "").startsWith("application/x-www-form-urlencoded")) {
                request.body(body);
            } else {
                request.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } else if (spec.containsKey("graphql")) {
            JsonObject graphql = spec.getJsonObject("graphql");
            if (method.equals("GET")) {
                graphql.forEach((key, value) -> request.queryParam(key, key.equals("query") ? text(value)
                        : value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                                : value.toString()));
            } else {
                var body = Json.createObjectBuilder(graphql);
                body.add("query", graphql.get("query").getValueType() == JsonValue.ValueType.OBJECT
                        ? Json.createValue(text(graphql.get("query"))) : graphql.get("query"));
                request.body(body.build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        LogWatch log = watchTheLog();
        long started = System.nanoTime();
        Response response = request.request(method, "/graphql");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<LogLine> logged = log.stop();
        // A client's mistake is the request log's one line: nothing at WARN or above, never a stack trace.
        assertEquals(1, logged.stream().filter(line -> line.logger().endsWith("RequestLog")).count(),
                () -> name + ": one request log line in " + logged);
        for (LogLine line : logged) {
            assertFalse(line.serious(), () -> name + " logged " + line);
        }

        String body = response.asString();
        assertEquals(spec.getInt("status"), response.statusCode(), () -> name + ": " + body);
        // Nor the engine's own words: message codes and the AST's classes (EnumValue{name='YEARLY'}).
        for (String leak : new String[] { "Exception", "\tat ", "io.tradegraph", "java.", "smallrye", "SRGQL", "Value{" }) {
            assertFalse(body.contains(leak), () -> name + " leaks '" + leak + "': " + body);
        }
        if (spec.containsKey("code")) {
            JsonObject answer = Json.createReader(new StringReader(body)).readObject();
            JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
            assertEquals(spec.getString("code"), error.getJsonObject("extensions").getString("code"), () -> name + ": " + body);
            assertFalse(error.getString("message").isBlank(), name);
            if (spec.containsKey("messageContains")) {
                assertTrue(error.getString("message").contains(spec.getString("messageContains")), () -> name + ": " + body);
            }
        }
        if (spec.getBoolean("fast", false)) {
            assertTrue(took.compareTo(FAST_REFUSAL) < 0, () -> name + " took " + took.toMillis() + " ms to refuse");
        }
    }

    /** One line the service logged: {@code serious} when at WARN or above or with a stack trace. */
    protected record LogLine(String logger, boolean serious, String text) {
    }

    /** Collects what the service logs from now until {@link #stop}. */
    protected interface LogWatch {
        List<LogLine> stop() throws IOException, InterruptedException;
    }

    /** The service runs in this process: its log records, as its handlers get them. */
    protected LogWatch watchTheLog() {
        List<LogLine> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new LogLine(String.valueOf(record.getLoggerName()), record.getThrown() != null
                        || record.getLevel().intValue() >= Level.WARNING.intValue(), record.getLevel() + " "
                        + record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = LogContext.getLogContext().getLogger("");
        root.addHandler(capture);
        return () -> {
            root.removeHandler(capture);
            return logged;
        };
    }

    /** A case's text, generated where it is given as a repetition. */
    static String text(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return ((jakarta.json.JsonString) value).getString();
        }
        JsonObject generator = value.asJsonObject();
        StringBuilder text = new StringBuilder(generator.getString("prefix", ""));
        String repeat = generator.getString("repeat");
        for (int i = 0; i < generator.getInt("times"); i++) {
            text.append(repeat.replace("${i}", Integer.toString(i)));
        }
        return text.append(generator.getString("suffix", "")).toString();
    }
}
