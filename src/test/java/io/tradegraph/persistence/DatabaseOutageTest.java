package io.tradegraph.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.GraphQLClient;
import io.tradegraph.operations.ConsoleWarnings;

/**
 * PostgreSQL down and PostgreSQL frozen, through a proxy this test controls: clients get UNAVAILABLE or TIMEOUT
 * within the request's deadline, readiness follows, and the service answers again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageTest.class);
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** What a request may take beyond its deadline: scheduling on a busy two-core machine, not work. */
    private static final Duration SLACK = Duration.ofSeconds(1);
    private static final String NEEDS_DATABASE = "{ nation { periods(kind: YEAR) { period { code } exports { amount } } } }";

    static TcpProxy proxy;

    @jakarta.inject.Inject
    HeardAnnouncements announcements;

    @jakarta.inject.Inject
    MeterRegistry registry;

    @TestHTTPResource("/")
    URL url;

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Proxy.class));
        }
    }

    public static class Proxy implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                proxy = new TcpProxy("127.0.0.1", 5432);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                    "tradegraph.limits.request-timeout", DEADLINE.toSeconds() + "S",
                    "tradegraph.pool.acquire-timeout", "1S",
                    "tradegraph.pool.connect-timeout", "1S",
                    "quarkus.datasource.reactive.max-size", "4",
                    // One execution at a time and one request in line, so that a frozen database fills both.
                    "tradegraph.limits.executions", "1",
                    "tradegraph.limits.queue", "1");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (IOException ignored) {
                // the proxy's sockets are closed already
            }
        }
    }

    @AfterEach
    void putThingsBack() throws IOException {
        proxy.thaw();
        try {
            proxy.restore();
        } catch (java.net.BindException alreadyListening) {
            // the test restored it itself
        }
        awaitAnswers(Duration.ofSeconds(10));
    }

    @Test
    void anOutageIsUnavailableWithinTheDeadlineAndTheServiceRecoversByItself() throws IOException, InterruptedException {
        assertFalse(query().containsKey("errors"), "answers before the outage");
        assertEquals("UP", readiness());

        proxy.cut();
        for (int i = 0; i < 5; i++) {
            assertEquals("UNAVAILABLE", codeWithinTheDeadline("during the outage"));
        }
        assertEquals("DOWN", readiness());

        proxy.restore();
        Duration recovery = awaitAnswers(Duration.ofSeconds(10));
        LOG.infof("answers again %d ms after PostgreSQL came back", recovery.toMillis());
        assertTrue(recovery.compareTo(Duration.ofSeconds(2)) < 0, "answers again within 2 s: " + recovery.toMillis() + " ms");
        assertEquals("UP", readiness());

        // Listening again, the replica tells subscribers that changes may have been missed, at the version it has read.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (announcements.heard.stream().noneMatch(heard -> !heard.complete())) {
            assertTrue(System.nanoTime() < deadline, "subscribers were told that changes may have been missed");
            Thread.sleep(20);
        }
        announcements.heard.stream().filter(heard -> !heard.complete()).forEach(missed ->
                assertTrue(missed.version() > 0, "with the data version read since: " + missed));
    }

    @Test
    void aFrozenDatabaseIsAnsweredWithinTheDeadline() {
        assertFalse(query().containsKey("errors"), "answers before the freeze");

        proxy.freeze();
        for (int i = 0; i < 3; i++) {
            String code = codeWithinTheDeadline("while frozen");
            assertTrue(List.of("TIMEOUT", "UNAVAILABLE").contains(code), code);
        }

        proxy.thaw();
        Duration recovery = awaitAnswers(Duration.ofSeconds(10));
        LOG.infof("answers again %d ms after PostgreSQL thawed", recovery.toMillis());
    }

    /**
     * A client that leaves while its request waits (a tab closed): the service logs that it went away and counts the
     * request as such, never as a TIMEOUT sent or an error, and prints no warning.
     */
    @Test
    void aClientThatGoesAwayIsNeitherAnErrorNorAWarning() throws Exception {
        String operation = "LeftWhileFrozen";
        double timeouts = errors("TIMEOUT");
        try (ConsoleWarnings console = new ConsoleWarnings()) {
            proxy.freeze();
            try (Socket client = new Socket(url.getHost(), url.getPort())) {
                String query = URLEncoder.encode("query " + operation + " { nation { periods(kind: MONTH) { "
                        + "period { code } imports { amount } } } }", StandardCharsets.UTF_8);
                client.getOutputStream().write(("GET /graphql?query=" + query + " HTTP/1.1\r\nHost: " + url.getHost()
                        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                Thread.sleep(300);
            }
            long deadline = System.nanoTime() + DEADLINE.plus(SLACK).plusSeconds(2).toNanos();
            while (outcomes(operation, "CLIENT_CLOSED_REQUEST") == 0) {
                assertTrue(System.nanoTime() < deadline, "the request was counted as its client's going away");
                Thread.sleep(20);
            }
            assertEquals(0, outcomes(operation, "TIMEOUT"));
            assertEquals(timeouts, errors("TIMEOUT"), "no TIMEOUT was sent to anyone");
            assertEquals(List.of(), console.printed(), "warnings printed");
        }
    }

    /**
     * With every execution held (here by a frozen database) and the line full, the next request is refused at once
     * with OVERLOADED, 429 and Retry-After, without waiting for anything; those admitted are answered when the
     * database thaws.
     */
    @Test
    void aRequestBeyondTheLineIsRefusedAtOnceAsOverloaded() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        proxy.freeze();
        CompletableFuture<HttpResponse<String>> running = http.sendAsync(post("Running"), BodyHandlers.ofString());
        awaitGauge("tradegraph.graphql.executions", 1);
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(post("Waiting"), BodyHandlers.ofString());
        awaitGauge("tradegraph.graphql.waiting", 1);

        HttpResponse<String> refused = http.send(post("Refused"), BodyHandlers.ofString());
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.body().contains("\"code\":\"OVERLOADED\""), refused.body());
        assertFalse(running.isDone() || waiting.isDone(), "refused while the others still waited, not after them");

        proxy.thaw();
        assertEquals(200, running.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, waiting.get(10, TimeUnit.SECONDS).statusCode());
        awaitGauge("tradegraph.graphql.executions", 0);
    }

    private HttpRequest post(String operation) {
        String body = "{\"query\": \"query " + operation + " { nation { periods(kind: MONTH) { period { code } "
                + "exports { amount } } } }\"}";
        return HttpRequest.newBuilder(url.toString().endsWith("/") ? java.net.URI.create(url + "graphql")
                : java.net.URI.create(url + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private void awaitGauge(String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (registry.get(name).gauge().value() != value) {
            assertTrue(System.nanoTime() < deadline, name + " reaches " + value + ": " + registry.get(name).gauge().value());
            Thread.sleep(10);
        }
    }

    private long outcomes(String operation, String outcome) {
        var timer = registry.find("tradegraph.graphql.requests").tag("operation", operation).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double errors(String code) {
        var counter = registry.find("tradegraph.graphql.errors").tag("code", code).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Queries once, checks the answer came within the deadline, and gives its error code. */
    private static String codeWithinTheDeadline(String when) {
        long started = System.nanoTime();
        JsonObject answer = query();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.infof("%s: %s in %d ms", when, code(answer), took.toMillis());
        assertTrue(took.compareTo(DEADLINE.plus(SLACK)) < 0, "answered within the deadline: " + took.toMillis() + " ms");
        return code(answer);
    }

    private static JsonObject query() {
        return GraphQLClient.post(NEEDS_DATABASE);
    }

    private static String code(JsonObject answer) {
        return answer.containsKey("errors")
                ? answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")
                : "none";
    }

    private static String readiness() {
        return given().when().get("/q/health/ready").then().extract().path("status");
    }

    /** Queries until one is answered without error; how long that took. */
    private static Duration awaitAnswers(Duration patience) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < patience.toNanos()) {
            if (!query().containsKey("errors")) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no answer within " + patience);
    }
}
