package io.tradegraph.dashboard;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.ReadsOnly;

/** The dashboard in Chromium against the packaged build. */
@QuarkusIntegrationTest
@TestProfile(ReadsOnly.class)
class DashboardPageIT extends DashboardPageTest {
}
