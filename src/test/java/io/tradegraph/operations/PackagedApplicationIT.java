package io.tradegraph.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application, started with {@code java -jar quarkus-run.jar} as the JVM image starts it and
 * configured by environment variables as the containers configure it (see the failsafe plugin in pom.xml).
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void isReadyWhenPostgresAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("PostgreSQL"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void answersGraphQLAndCountsTheOperationInItsMetrics() throws IOException {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query PackagedCheck { province(code: \"VN-57\") { name periods(kind: YEAR) { balance { computed } } } }",
                        "operationName", "PackagedCheck"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.province.name", equalTo("Bình Dương"))
                .body("data.province.periods[0].balance.computed", equalTo(10000000000L));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(Pattern.compile("(?m)^tradegraph_graphql_requests_seconds_count\\{[^}]*operation=\"PackagedCheck\"[^}]*outcome=\"success\"[^}]*\\} [1-9]")
                .matcher(metrics).find(), "a timer for the operation, by outcome");
        for (String family : List.of("tradegraph_graphql_requests_seconds_bucket", "tradegraph_graphql_statements_count",
                "sql_pool_queue_size", "jvm_memory_used_bytes")) {
            assertTrue(metrics.contains(family), family);
        }
        assertTrue(logLines().stream().anyMatch(line -> line.startsWith("{") && line.contains("graphql POST PackagedCheck answered 200 in")),
                "a JSON log line names the operation (LOG_JSON=true)");
    }

    /** Quarkus writes the packaged application's output here during integration tests. */
    private static List<String> logLines() throws IOException {
        return Files.readAllLines(Path.of("target/quarkus.log"));
    }
}
