package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;

/**
 * Every request can be answered with one pooled connection: no resolver holds a connection (a Hibernate session)
 * while it waits for another, which under load would leave every connection held and every request waiting.
 */
@QuarkusTest
@TestProfile(OneConnectionTest.OneConnection.class)
class OneConnectionTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theFourLevelTraversalNeedsOneConnection() {
        JsonObject response = assertTimeoutPreemptively(PATIENCE,
                () -> GraphQLClient.post(Documents.read("four-level-traversal"), Map.of("first", 100)));

        assertFalse(response.containsKey("errors"), response::toString);
        assertEquals(87, response.getJsonObject("data").getJsonObject("provinces").getJsonArray("edges").size());
    }

    @Test
    void aFilterNamingAnUnknownCodeNeedsOneConnection() {
        JsonObject response = assertTimeoutPreemptively(PATIENCE, () -> GraphQLClient.post(
                "{ figures(filter: { commodity: \"NO-SUCH\" }) { totalCount } }"));

        assertEquals("UNKNOWN_CODE", response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code"));
    }
}
