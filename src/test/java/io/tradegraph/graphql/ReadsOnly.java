package io.tradegraph.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The packaged build over a schema of its own that only reads use, rebuilt at its start: what other integration
 * tests write (TwoReplicasIT adds figures) never reaches the answers the golden files and the dashboard's checks expect.
 */
public class ReadsOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tradegraph.db.schema", "tradegraph_it_reads");
    }
}
