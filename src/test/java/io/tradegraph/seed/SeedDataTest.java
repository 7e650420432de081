package io.tradegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;
import jakarta.inject.Inject;

@QuarkusTest
class SeedDataTest {

    @Inject
    SeedData seedData;

    @Test
    void loadingAgainAddsNothingAndUndoesNoCorrection() throws Throwable {
        SeedData.Loaded again = seedData.load();

        assertEquals(new SeedData.Loaded(0, 0), again);
        assertEquals(57, GraphQLClient.post("{ figures { totalCount } }")
                .getJsonObject("data").getJsonObject("figures").getInt("totalCount"));
        // The corrections stand, as revisions by the seed with their reasons, after the first value.
        var history = GraphQLClient.post("{ retracted: figureHistory(code: \"003-16\") { retracted reason } "
                + "revised: figureHistory(code: \"004-02\") { figure { revision status } } }").getJsonObject("data");
        assertEquals("[false, true]", history.getJsonArray("retracted").stream()
                .map(r -> String.valueOf(r.asJsonObject().getBoolean("retracted"))).toList().toString());
        assertTrue(history.getJsonArray("retracted").getJsonObject(1).getString("reason").startsWith("Implied, not stated"));
        assertEquals("[REPORTED, ESTIMATE]", history.getJsonArray("revised").stream()
                .map(r -> r.asJsonObject().getJsonObject("figure").getString("status")).toList().toString());
    }
}
