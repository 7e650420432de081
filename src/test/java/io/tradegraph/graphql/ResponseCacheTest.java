package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.Catalog;
import io.vertx.mutiny.sqlclient.Pool;

/** Answers served again without executing, until the data change; never an answer with errors. */
@QuarkusTest
@TestProfile(ResponseCacheTest.CacheOn.class)
class ResponseCacheTest {

    /** On, as in production, with room for answers of up to 4 KiB. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradegraph.response-cache.enabled", "true", "tradegraph.response-cache.max-bytes", "65536");
        }
    }

    private static final String EXPORTS = """
            query Exports($code: String!) {
              province(code: $code) { periods(kind: YEAR) { period { code } exports { code amount } } }
            }""";

    private static final String FIGURES = """
            query Figures($code: String!) { province(code: $code) { periods { figures { code amount } } } }""";

    @Inject
    MeterRegistry registry;

    @Inject
    Pool database;

    @Inject
    Catalog catalog;

    @Test
    void aQueryAskedAgainIsAnsweredFromTheCacheWithoutAStatement() {
        String exports = EXPORTS.replace("query Exports", "query ExportsTwice");
        Response first = post(exports, Map.of("code", "VN-57"));
        double statements = statements();
        Response again = post(exports, Map.of("code", "VN-57"));

        assertEquals("tradegraph; fwd=miss; stored", first.header("Cache-Status"));
        assertEquals("tradegraph; hit", again.header("Cache-Status"));
        assertEquals(first.asString(), again.asString());
        assertEquals(statements, statements(), "no statement for a hit");
        assertTrue(first.asString().contains("\"exports\""), first::asString);
    }

    @Test
    void theSameTokensLaidOutDifferentlyAreTheSameQuery() {
        String exports = EXPORTS.replace("query Exports", "query ExportsLaidOut");
        post(exports, Map.of("code", "VN-57"));
        String relaidOut = "# the same question\n" + exports.replace("\n", "\n\n   ").replace("{ code amount }", "{code,amount}");

        assertEquals("tradegraph; hit", post(relaidOut, Map.of("code", "VN-57")).header("Cache-Status"));
    }

    @Test
    void otherVariablesAreAnotherQuery() {
        String exports = EXPORTS.replace("query Exports", "query ExportsElsewhere");
        post(exports, Map.of("code", "VN-57"));

        assertEquals("tradegraph; fwd=miss; stored", post(exports, Map.of("code", "VN-56")).header("Cache-Status"));
    }

    @Test
    void anAnswerWithErrorsIsNeverKept() {
        Map<String, Object> unknown = Map.of("code", "VN-99");
        Response first = post(EXPORTS, unknown);
        Response again = post(EXPORTS, unknown);

        assertTrue(first.asString().contains("UNKNOWN_CODE"), first::asString);
        assertEquals("tradegraph; fwd=miss", first.header("Cache-Status"));
        assertEquals("tradegraph; fwd=miss", again.header("Cache-Status"));
    }

    @Test
    void anAnswerLargerThanASixteenthOfTheCacheIsNotKept() {
        Response large = post(Documents.read("four-level-traversal"), Map.of("first", 100));

        assertTrue(large.asString().length() > 65536 / 16, "the answer is large: " + large.asString().length());
        assertEquals("tradegraph; fwd=miss", large.header("Cache-Status"));
    }

    @Test
    void aWriteMovesTheDataVersionOnAndTheNextAnswerShowsIt() {
        Map<String, Object> binhDuong = Map.of("code", "VN-57");
        String before = post(FIGURES, binhDuong).asString();
        assertEquals("tradegraph; hit", post(FIGURES, binhDuong).header("Cache-Status"));
        String code = "000-01";
        try {
            // As a write does: change the data, commit, read the catalog again.
            execute("update figure set amount = amount + 1 where code = '" + code + "'");
            catalog.refresh().await().atMost(Duration.ofSeconds(10));

            Response after = post(FIGURES, binhDuong);
            assertEquals("tradegraph; fwd=miss; stored", after.header("Cache-Status"));
            assertNotEquals(before, after.asString());
        } finally {
            execute("update figure set amount = amount - 1 where code = '" + code + "'");
            catalog.refresh().await().atMost(Duration.ofSeconds(10));
        }
    }

    private static Response post(String document, Map<String, Object> variables) {
        String body = Json.createObjectBuilder().add("query", document)
                .add("variables", Json.createObjectBuilder(variables)).build().toString();
        return given().contentType("application/json").body(body).when().post("/graphql").then().statusCode(200)
                .extract().response();
    }

    private double statements() {
        return registry.get("postgresql.completed").counter().count();
    }

    private void execute(String sql) {
        database.query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }
}
