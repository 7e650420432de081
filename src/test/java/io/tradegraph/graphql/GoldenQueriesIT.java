package io.tradegraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** Every golden query against the packaged build (in native, the engine's overrides with their reflection and method handles). */
@QuarkusIntegrationTest
@TestProfile(ReadsOnly.class)
class GoldenQueriesIT extends GoldenQueriesTest {
}
