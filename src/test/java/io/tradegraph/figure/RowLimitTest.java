package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.GraphQLClient;
import jakarta.json.JsonObject;

/**
 * No statement reads more figures than the rows limit: a request that would is stopped with LIMIT_EXCEEDED, and
 * the same fields over fewer figures still answer. The seed data hold 46 figures, so the limit is set to 20 here.
 */
@QuarkusTest
@TestProfile(RowLimitTest.TenRows.class)
class RowLimitTest {

    public static class TenRows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradegraph.limits.rows", "20");
        }
    }

    @Test
    void checksOverEveryAreaReadTooManyFiguresAndAreStopped() {
        JsonObject error = GraphQLClient.post("{ checks { kind } }").getJsonArray("errors").getJsonObject(0);

        assertEquals("LIMIT_EXCEEDED", error.getJsonObject("extensions").getString("code"));
        assertEquals("rows", error.getJsonObject("extensions").getString("limit"));
        assertEquals(20, error.getJsonObject("extensions").getInt("maximum"));
    }

    @Test
    void aPageIsNeverStoppedByTheRowsLimit() {
        JsonObject answer = GraphQLClient.post("{ figures(first: 100) { totalCount edges { node { code } } } }");

        assertFalse(answer.containsKey("errors"), answer::toString);
        assertEquals(answer.getJsonObject("data").getJsonObject("figures").getInt("totalCount"),
                answer.getJsonObject("data").getJsonObject("figures").getJsonArray("edges").size());
    }

    @Test
    void fewerFiguresThanTheLimitAreRead() {
        JsonObject answer = GraphQLClient.post("{ province(code: \"VN2025-24\") { periods(kind: MONTH) { exports { amount } } } }");

        assertFalse(answer.containsKey("errors"), answer::toString);
    }
}
