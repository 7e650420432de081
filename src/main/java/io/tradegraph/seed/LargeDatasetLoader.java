package io.tradegraph.seed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the generated benchmark dataset ({@link LargeDataset}) at start when {@code LARGE_DATASET} is
 * {@code full} or {@code small} and the schema holds none of it yet. Meant for a schema of its own
 * ({@code DB_SCHEMA=tradegraph_large}); runs on the main thread before the service takes requests.
 */
@ApplicationScoped
public class LargeDatasetLoader {

    private static final Logger LOG = Logger.getLogger(LargeDatasetLoader.class);
    static final long SEED = 20251101L;

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "tradegraph.large-dataset") Optional<String> size,
            @ConfigProperty(name = "tradegraph.db.schema") String schema, AgroalDataSource dataSource) throws Exception {
        if (size.isEmpty()) {
            return;
        }
        LargeDataset.Size chosen = switch (size.get()) {
            case "full" -> LargeDataset.FULL;
            case "small" -> LargeDataset.SMALL;
            default -> throw new IllegalArgumentException("LARGE_DATASET must be 'full' or 'small', not '" + size.get() + "'");
        };
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setSchema(schema);
            try (ResultSet loaded = statement.executeQuery("SELECT count(*) FROM figure WHERE source_code = '"
                    + LargeDataset.SOURCE + "'")) {
                loaded.next();
                if (loaded.getLong(1) > 0) {
                    LOG.infof("Large dataset: %d generated figures already in schema %s", loaded.getLong(1), schema);
                    return;
                }
            }
            long started = System.nanoTime();
            long figures = LargeDataset.load(connection, chosen, SEED);
            LOG.infof("Large dataset: %d figures generated and copied into schema %s in %.1f s", figures, schema,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
