package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Every request can be answered with one pooled connection: no resolver holds a connection while it waits for
 * another, so 100 aliases of any root field, or of the four-level traversal, cannot exhaust the pool.
 */
@QuarkusTest
@TestProfile(OneConnectionTest.OneConnection.class)
class OneConnectionTest {

    /**
     * One connection; the cost limit and the deadline out of the way, since 100 traversals of every province (8,700
     * province nodes, several seconds of CPU here) are what is tested, not the limits.
     */
    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1", "tradegraph.limits.cost", "100000000",
                    "tradegraph.limits.request-timeout", "60S");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int ALIASES = 100;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "provinces(first: 5) { totalCount edges { node { code successor { code } members { code } } } }",
            "province(code: \"VN-57\") { name periods(kind: YEAR) { balance { computed } } }",
            "nation { code series(kind: YEAR) { amount } }",
            "periods(kind: YEAR) { code }",
            "commodities { code parent { code } }",
            "markets { code }",
            "sources { code }",
            "figures(first: 5) { totalCount edges { node { code amount } } }",
            "checks(verdict: CONTRADICTION) { kind stated }",
            "aggregate(filter: { area: \"VN2025-24\", periodKind: MONTH, flow: EXPORT, status: REPORTED }, groupBy: [AREA]) { count }" })
    void hundredAliasesOfARootFieldAnswerAlike(String field) {
        String document = "{ " + IntStream.range(0, ALIASES).mapToObj(i -> "a" + i + ": " + field)
                .collect(Collectors.joining(" ")) + " }";

        JsonObject response = assertTimeoutPreemptively(PATIENCE, () -> GraphQLClient.post(document));

        assertFalse(response.containsKey("errors"), response::toString);
        JsonObject data = response.getJsonObject("data");
        assertEquals(ALIASES, data.size());
        JsonValue first = data.get("a0");
        data.forEach((alias, answer) -> assertEquals(first, answer, alias));
    }

    @Test
    void hundredFourLevelTraversalsOfEveryProvinceAnswerAlike() {
        String traversal = Documents.read("four-level-traversal");
        String selection = traversal.substring(traversal.indexOf("provinces"), traversal.lastIndexOf('}'))
                .replace("provinces(filter: $filter, first: $first)", "provinces(first: 100)");
        String document = "{ " + IntStream.range(0, ALIASES).mapToObj(i -> "a" + i + ": " + selection)
                .collect(Collectors.joining(" ")) + " }";

        JsonObject response = assertTimeoutPreemptively(PATIENCE, () -> GraphQLClient.post(document));

        assertFalse(response.containsKey("errors"), () -> response.getJsonArray("errors").toString());
        JsonObject data = response.getJsonObject("data");
        assertEquals(ALIASES, data.size());
        assertEquals(87, data.getJsonObject("a0").getJsonArray("edges").size());
        data.forEach((alias, answer) -> assertEquals(data.get("a0"), answer, alias));
    }

    @Test
    void aFilterNamingAnUnknownCodeNeedsOneConnection() {
        JsonObject response = assertTimeoutPreemptively(PATIENCE, () -> GraphQLClient.post(
                "{ figures(filter: { commodity: \"NO-SUCH\" }) { totalCount } }"));

        assertEquals("UNKNOWN_CODE", response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code"));
    }
}
