package io.tradegraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;
import io.tradegraph.graphql.GraphQLClient;
import io.tradegraph.persistence.Sql;

/**
 * A write committed by someone else (another replica; here a plain connection of the test's own) reaches this
 * replica's catalog through PostgreSQL's notification alone; a write rolled back never does.
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class ChangeListenerTest {

    private static final Logger LOG = Logger.getLogger(ChangeListenerTest.class);
    private static final long PATIENCE_MILLIS = 5000;

    @Inject
    Catalog catalog;

    @Inject
    ChangeListener listener;

    @Test
    void aCommitElsewhereIsHeardAndARollbackIsNot() throws Exception {
        assertTrue(listener.isListening());
        assertFalse(sources().contains("\"elsewhere\""));
        long before = catalog.version();

        try (Connection other = Sql.connection()) {
            other.setAutoCommit(false);
            insertSource(other, "rolled_back");
            other.rollback();
            insertSource(other, "elsewhere");
            long committed = System.nanoTime();
            other.commit();
            long seen = waitUntil(() -> sources().contains("\"elsewhere\""));
            LOG.infof("A commit on another connection was seen by this replica's catalog after %.1f ms",
                    (seen - committed) / 1e6);
        }

        assertFalse(sources().contains("rolled_back"), "a rolled-back write is never announced nor read");
        assertTrue(catalog.version() > before, "the data version moved on");
        assertEquals(catalog.version(), version(), "to the database's version");
    }

    private static String sources() {
        return GraphQLClient.post("{ sources { code } }").toString();
    }

    private static long waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not seen within " + PATIENCE_MILLIS + " ms");
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static void insertSource(Connection connection, String code) throws SQLException {
        Sql.execute(connection, "insert into source (code, title, body, recorded_by) values ('" + code
                + "', 'Written elsewhere', 'text', 'test')");
    }

    private static long version() throws SQLException {
        try (Connection connection = Sql.connection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select version from data_version")) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
