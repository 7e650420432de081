package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.RepeatedTest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;

/**
 * Ten aliased root fields in one request, resolved concurrently on one Vert.x context (quarkusio/quarkus#32870):
 * each needs its own Hibernate Reactive session, or they fail or mix their results.
 */
@QuarkusTest
class ParallelResolversTest {

    @RepeatedTest(5)
    void aliasedSiblingFieldsEachGetTheirOwnSession() {
        JsonObject response = GraphQLClient.post(Documents.read("parallel-aliases"));

        assertFalse(response.containsKey("errors"), () -> "errors: " + response.get("errors"));
        JsonObject data = response.getJsonObject("data");
        assertEquals(data.get("a"), data.get("e"), "the same field under two aliases gives the same answer");
        assertEquals("VN-57", data.getJsonObject("a").getString("code"));
        assertEquals("VN2025-24", data.getJsonObject("b").getString("code"));
        assertEquals("VN", data.getJsonObject("c").getString("code"));
        assertEquals(57, data.getJsonObject("f").getInt("totalCount"));
        assertEquals(87, data.getJsonObject("g").getInt("totalCount"));
        assertEquals(5, data.getJsonArray("j").size());
    }
}
