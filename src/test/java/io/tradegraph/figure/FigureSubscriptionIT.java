package io.tradegraph.figure;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;

/** A subscriber of the packaged build over graphql-transport-ws: SmallRye's eventing service and the change feed. */
@QuarkusIntegrationTest
@TestProfile(EditorKeys.Editing.class)
class FigureSubscriptionIT extends FigureSubscriptionTest {
}
