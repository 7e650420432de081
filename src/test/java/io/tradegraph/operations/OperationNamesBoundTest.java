package io.tradegraph.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.GraphQLClient;

/** A client sending ever new operation names cannot grow the metrics without bound: later names count as one. */
@QuarkusTest
@TestProfile(OperationNamesBoundTest.OwnService.class)
class OperationNamesBoundTest {

    /** A service of its own: once the bound is reached, no new name is recorded, which other tests would notice. */
    public static class OwnService implements QuarkusTestProfile {
    }

    @Inject
    MeterRegistry registry;

    @Test
    void operationNamesFromClientsAreBounded() {
        for (int i = 0; i <= RequestMetrics.OPERATIONS; i++) {
            GraphQLClient.post("query Flood" + i + " { nation { code } }");
        }
        assertTrue(registry.find(RequestMetrics.REQUESTS).timers().size() <= RequestMetrics.OPERATIONS * 2,
                "at most the bound of names, each with a few outcomes");
        assertNull(registry.find(RequestMetrics.REQUESTS).tag("operation", "Flood" + RequestMetrics.OPERATIONS).timer());
        assertEquals(1, registry.find(RequestMetrics.REQUESTS).tag("operation", RequestMetrics.OTHER).timer().count(),
                "names past the bound are counted as one");
    }

}
