package io.tradegraph.figure;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** CSV import and export against the packaged build. */
@QuarkusIntegrationTest
@TestProfile(io.tradegraph.graphql.EditorKeys.Editing.class)
class FigureCsvEndpointIT extends FigureCsvEndpointTest {
}
