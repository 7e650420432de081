package io.tradegraph.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;

/** GraphQL requests are measured per operation and outcome, errors by code, statements per request. */
@QuarkusTest
class RequestMetricsTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    MeterRegistry registry;

    @Test
    void aRequestIsTimedByOperationAndOutcomeWithTheStatementsItSent() {
        long before = count("MetricsYears", "success");
        GraphQLClient.post("query MetricsYears { province(code: \"VN-57\") { periods { exports { amount } } } }");

        assertEquals(before + 1, count("MetricsYears", "success"));
        DistributionSummary statements = registry.get(RequestMetrics.STATEMENTS).summary();
        assertTrue(statements.count() > 0);
        assertTrue(statements.max() >= 1, "the periods statement was counted against its request");
    }

    @Test
    void anAnswerWithErrorsIsNotASuccessAndItsErrorsAreCountedByCode() {
        double errors = errorCount("UNKNOWN_CODE");
        long before = count("MetricsUnknown", "UNKNOWN_CODE");
        GraphQLClient.post("query MetricsUnknown { a: province(code: \"XX\") { code } b: province(code: \"YY\") { code } }");

        assertEquals(before + 1, count("MetricsUnknown", "UNKNOWN_CODE"));
        assertEquals(0, count("MetricsUnknown", "success"));
        assertEquals(errors + 2, errorCount("UNKNOWN_CODE"));
    }

    @Test
    void latenciesArePublishedAsHistogramsAndGraphQLIsNotCountedAsPlainHttp() {
        GraphQLClient.post("query MetricsHistogram { nation { code } }");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.contains("tradegraph_graphql_requests_seconds_bucket{"), "histogram buckets");
        assertFalse(metrics.lines().anyMatch(line -> line.startsWith("http_server_requests") && line.contains("uri=\"/graphql\"")),
                "/graphql is measured as GraphQL, not as HTTP");
    }

    @Test
    void theScrapeHasTheFamiliesAnOperatorExpectsEachWithHelpAndCompressed() throws IOException {
        GraphQLClient.post("query MetricsFamilies { nation { code } }");
        // A connection reset by its client: Quarkus's binder then counts http_server_errors, which it leaves without help.
        try (Socket reset = new Socket(root.getHost(), root.getPort())) {
            reset.getOutputStream().write("GET /q/health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            reset.getInputStream().read();
            reset.setSoLinger(true, 0);
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (registry.find("http.server.errors").counter() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        var scrape = given().header("Accept-Encoding", "gzip").when().get("/q/metrics").then().statusCode(200)
                .header("Content-Encoding", "gzip").extract();
        String metrics = scrape.asString();
        for (String family : java.util.List.of("postgresql_processing_seconds_bucket{", "tradegraph_subscriptions ",
                "tradegraph_websockets ", "tradegraph_response_cache_entries ", "tradegraph_response_cache_size_bytes ",
                "tradegraph_persisted_documents{kind=\"listed\"}", "tradegraph_build_info{", "http_server_errors_total{")) {
            assertTrue(metrics.contains(family), family);
        }
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("tradegraph_build_info{") && line.contains("image=\"jvm\"")
                && line.endsWith(" 1.0")), "build info: what runs");
        java.util.List<String> withoutHelp = metrics.lines().filter(line -> line.startsWith("# HELP "))
                .filter(line -> line.split(" ", 4).length < 4 || line.split(" ", 4)[3].isBlank()).toList();
        assertEquals(java.util.List.of(), withoutHelp, "every family says what it counts");
    }

    private long count(String operation, String outcome) {
        Timer timer = registry.find(RequestMetrics.REQUESTS).tag("operation", operation).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double errorCount(String code) {
        var counter = registry.find(RequestMetrics.ERRORS).tag("code", code).counter();
        return counter == null ? 0 : counter.count();
    }
}
