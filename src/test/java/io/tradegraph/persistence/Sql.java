package io.tradegraph.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;

/** A plain JDBC connection to the running test's schema: a writer other than the service, as another replica is. */
public final class Sql {

    private Sql() {
    }

    public static Connection connection() throws SQLException {
        return connection(ConfigProvider.getConfig().getValue("tradegraph.db.schema", String.class));
    }

    /**
     * A connection to a schema named by the test: a test of the packaged build reads its profile's schema, which
     * the service was started with but the test's own configuration does not know.
     */
    public static Connection connection(String schema) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
        }
        return connection;
    }

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
