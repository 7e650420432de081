package io.tradegraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** Editors' tokens against the packaged build: every way a token fails, coded. */
@QuarkusIntegrationTest
@TestProfile(EditorKeys.Editing.class)
class EditorTokensIT extends EditorTokensTest {
}
