package io.tradegraph.operations;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Counts the SQL statements Hibernate Reactive sends, as {@code tradegraph_sql_statements_total} in
 * {@code /q/metrics}, when {@code SQL_STATEMENT_METRICS=true}. Off by default: it needs Hibernate's statement log
 * at DEBUG, which costs a little on every statement. The benchmark turns it on to report statements per request.
 */
@ApplicationScoped
public class SqlStatementMetrics {

    private static final Logger SQL_LOG = Logger.getLogger("org.hibernate.SQL");

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "tradegraph.metrics.sql-statements") boolean enabled,
            MeterRegistry registry) {
        if (!enabled) {
            return;
        }
        Counter statements = Counter.builder("tradegraph.sql.statements")
                .description("SQL statements sent by Hibernate Reactive").register(registry);
        SQL_LOG.setLevel(Level.FINE);
        SQL_LOG.setUseParentHandlers(false);
        SQL_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                statements.increment();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
