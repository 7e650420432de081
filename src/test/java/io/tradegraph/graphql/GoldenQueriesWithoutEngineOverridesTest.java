package io.tradegraph.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every golden query again, with every switchable override of the engine box off (SmallRye's and graphql-java's own
 * ways back in their place): the overrides make answers faster, never different (docs/engine.md).
 */
@QuarkusTest
@TestProfile(GoldenQueriesWithoutEngineOverridesTest.EngineOverridesOff.class)
class GoldenQueriesWithoutEngineOverridesTest extends GoldenQueriesTest {

    public static class EngineOverridesOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradegraph.engine.in-memory-subtrees.enabled", "false",
                    "tradegraph.engine.fieldless-chain.enabled", "false",
                    "tradegraph.engine.property-fetchers.enabled", "false",
                    "tradegraph.engine.result-json.enabled", "false");
        }
    }
}
