package io.tradegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;
import jakarta.inject.Inject;

@QuarkusTest
class SeedDataTest {

    @Inject
    SeedData seedData;

    @Test
    void loadingAgainAddsAndRevisesNothing() throws Throwable {
        SeedData.Loaded again = seedData.load();

        assertEquals(new SeedData.Loaded(0, 0, 0), again);
        assertEquals(46, GraphQLClient.post("{ figures { totalCount } }")
                .getJsonObject("data").getJsonObject("figures").getInt("totalCount"));
    }
}
