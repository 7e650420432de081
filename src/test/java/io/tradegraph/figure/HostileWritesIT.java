package io.tradegraph.figure;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;

/** The hostile writes against the packaged build: every refusal coded and writing nothing, the races, the tokens. */
@QuarkusIntegrationTest
@TestProfile(EditorKeys.Editing.class)
class HostileWritesIT extends HostileWritesTest {
}
